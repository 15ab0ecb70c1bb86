package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded ledger that keeps writing keeps its H2 file at the size of its live data plus H2's retention window,
 * where without housekeeping the file grows with every commit.
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

    /** One application's current state rewritten and an event appended, each in a commit of its own. */
    private static long fileSizeAfterCommits(Path dir, boolean compacting) throws SQLException, IOException {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            // As the embedded default opens it; a short retention time so that chunks become reusable in a test.
            dataSource.setJdbcUrl("jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0;RETENTION_TIME=0");
            H2Housekeeping housekeeping = new H2Housekeeping(dataSource);
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
                        if (compacting && commit % 100 == 0) {
                            housekeeping.compact();
                        }
                    }
                }
            }
            return Files.size(dir.resolve("ledger.mv.db"));
        }
    }
}
