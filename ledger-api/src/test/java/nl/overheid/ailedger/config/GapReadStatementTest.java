package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read after a token with gaps finds exactly the rows Axon's own statement finds, on the ledger's event table in H2,
 * and H2 finds them through the primary key instead of scanning the table.
 */
class GapReadStatementTest {

    private static final EventSchema SCHEMA = new AxonConfiguration().eventSchema();
    /** Stored events 1..300 without 120, 121 and 250: those were never committed. */
    private static final List<Long> MISSING = List.of(120L, 121L, 250L);

    @TempDir
    static Path dir;
    private static String url;

    @BeforeAll
    static void eventTable() throws SQLException {
        url = "jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                            event_identifier, payload, payload_type, time_stamp)
                     VALUES (?, 'aggregate', ?, 'AiApplication', ?, X'7B7D', 'Payload', '2025-01-01T00:00:00.000Z')""")) {
            for (long index = 1; index <= 300; index++) {
                if (!MISSING.contains(index)) {
                    insert.setLong(1, index);
                    insert.setLong(2, index);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    void readsTheSameEventsAsAxonsOwnStatement() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            for (List<Long> gaps : List.of(List.of(119L), List.of(120L, 121L, 122L), List.of(5L, 200L, 249L),
                    List.of(250L))) {
                for (long index : new long[] {250, 251, 290}) {
                    List<Long> ours = indexes(new GapReadStatement().build(connection, SCHEMA, index, 100, gaps));
                    List<Long> axons = indexes(JdbcEventStorageEngineStatements.readEventDataWithGaps(connection,
                            SCHEMA, index, 100, gaps));
                    assertThat(ours).as("gaps %s after %d", gaps, index).isEqualTo(axons).isNotEmpty();
                }
            }
        }
    }

    @Test
    void findsThemByTheIndexInsteadOfScanningTheTable() throws SQLException {
        List<Long> gaps = List.of(200L, 250L);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement explain = connection.prepareStatement(
                     "EXPLAIN ANALYZE " + GapReadStatement.sql(SCHEMA, gaps.size()))) {
            GapReadStatement.bind(explain, 280, 100, gaps);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan.getString(1));
                assertThat(scanned.find()).isTrue();
                assertThat(Integer.parseInt(scanned.group(1))).as("rows read of 297").isLessThanOrEqualTo(101);
            }
        }
    }

    private static List<Long> indexes(PreparedStatement statement) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (statement; ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong("global_index"));
            }
        }
        return indexes;
    }
}
