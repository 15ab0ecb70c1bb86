package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded ledger that keeps writing keeps its H2 file at the size of its live data plus H2's retention window,
 * where without housekeeping the file grows with every commit; and a ledger that stops leaves a file of its live
 * data alone.
 */
class H2HousekeepingTest {

    private static final int COMMITS = 6_000;

    @TempDir
    Path dir;

    @Test
    void theFileStopsGrowingWhileCommitsGoOn() throws Exception {
        long without = fileSizeAfterCommits(dir.resolve("without"), false);
        long with = fileSizeAfterCommits(dir.resolve("with"), true);

        assertThat(with).as("file size with housekeeping, against %,d bytes without", without)
                .isLessThan(without / 3);
    }

    @Test
    void aLedgerThatStopsLeavesAFileOfItsLiveDataWithEveryRowInIt() throws Exception {
        Path store = dir.resolve("stopping");
        long whileRunning;
        try (HikariDataSource dataSource = embedded(store)) {
            H2Housekeeping housekeeping = new H2Housekeeping(dataSource, store);
            housekeeping.start();
            commit(dataSource, null);
            whileRunning = Files.size(store.resolve("ledger.mv.db"));
            housekeeping.stop();
        }

        assertThat(Files.size(store.resolve("ledger.mv.db"))).as("against %,d bytes while running", whileRunning)
                .isLessThan(whileRunning / 4);
        assertThat(Files.getPosixFilePermissions(store.resolve("ledger.mv.db")))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (HikariDataSource reopened = embedded(store)) {
            assertThat(new JdbcTemplate(reopened).queryForObject("SELECT COUNT(*) FROM event", Long.class))
                    .isEqualTo(COMMITS);
        }
    }

    private long fileSizeAfterCommits(Path store, boolean compacting) throws SQLException, IOException {
        try (HikariDataSource dataSource = embedded(store)) {
            H2Housekeeping housekeeping = new H2Housekeeping(dataSource, store);
            housekeeping.start();
            commit(dataSource, compacting ? housekeeping : null);
            return Files.size(store.resolve("ledger.mv.db"));
        }
    }

    /** As the embedded default opens it; a short retention time so that chunks become reusable in a test. */
    private static HikariDataSource embedded(Path store) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:h2:file:" + store.resolve("ledger") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        return dataSource;
    }

    /** One application's current state rewritten and an event appended, each in a commit of its own. */
    private static void commit(HikariDataSource dataSource, H2Housekeeping housekeeping) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE event (id BIGINT PRIMARY KEY, payload VARCHAR(2000))");
            ddl.execute("CREATE TABLE current_state (id INT PRIMARY KEY, state VARCHAR(8000))");
            ddl.execute("INSERT INTO current_state VALUES (1, '')");
            try (PreparedStatement event = connection.prepareStatement("INSERT INTO event VALUES (?, ?)");
                 PreparedStatement state = connection.prepareStatement(
                         "UPDATE current_state SET state = ? WHERE id = 1")) {
                for (int commit = 1; commit <= COMMITS; commit++) {
                    event.setLong(1, commit);
                    event.setString(2, "e".repeat(500));
                    event.executeUpdate();
                    state.setString(1, Integer.toString(commit).repeat(400));
                    state.executeUpdate();
                    if (housekeeping != null && commit % 100 == 0) {
                        housekeeping.compact();
                    }
                }
            }
        }
    }
}
