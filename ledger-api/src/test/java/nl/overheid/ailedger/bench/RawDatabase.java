package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.json.LedgerJson;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The baselines in plain JDBC, on the same database as the ledger: how fast it takes single-row transactions into the
 * event table, and how fast the event table can be read back with every payload deserialised.
 */
final class RawDatabase {

    private static final String INSERT = """
            INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** The events' own mapper and Axon's serializer on it, as the ledger stores events. */
    private static final ObjectMapper JSON = LedgerJson.newMapper();
    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(LedgerJson.newMapper())
            .build();

    private RawDatabase() {
    }

    /** A row as the ledger writes it for an event an organisation posts. */
    record Row(String eventId, String aggregateId, long sequence, String timestamp, String payloadType,
               String payloadRevision, byte[] payload, byte[] metaData) {

        static Row of(String aggregateId, long sequence, Object event) {
            SerializedObject<byte[]> payload = SERIALIZER.serialize(event, byte[].class);
            String trace = UUID.randomUUID().toString();
            byte[] metaData = SERIALIZER.serialize(MetaData.with("traceId", trace).and("correlationId", trace)
                    .and("actor", "cred-" + UUID.randomUUID()), byte[].class).getData();
            return new Row(UUID.randomUUID().toString(), aggregateId, sequence,
                    DateTimeUtils.formatInstant(Instant.now()), payload.getType().getName(),
                    payload.getType().getRevision(), payload.getData(), metaData);
        }
    }

    /**
     * Inserts the rows into the event table of a migrated, otherwise unused database from {@code threads} threads,
     * each row in a transaction of its own (INSERT, COMMIT); returns rows per second.
     */
    static double insertPerSecond(BenchStorage storage, List<Row> rows, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Row> share = rows.subList(rows.size() * t / threads, rows.size() * (t + 1) / threads);
                workers.add(pool.submit(() -> {
                    try (Connection connection = storage.connect();
                         PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        connection.setAutoCommit(false);
                        start.await();
                        for (Row row : share) {
                            bind(insert, row);
                            insert.executeUpdate();
                            connection.commit();
                        }
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get();
            }
            return rows.size() / ((System.nanoTime() - began) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the whole event table in order, deserialising every payload and its metadata; returns events per second. */
    static double scanPerSecond(BenchStorage storage) throws SQLException {
        Map<String, Class<?>> types = new HashMap<>();
        long events = 0;
        long began = System.nanoTime();
        try (Connection connection = storage.connect()) {
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (Statement scan = connection.createStatement()) {
                scan.setFetchSize(1_000);
                try (ResultSet rs = scan.executeQuery(
                        "SELECT payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                    while (rs.next()) {
                        Class<?> type = types.computeIfAbsent(rs.getString(1), RawDatabase::load);
                        if (JSON.readValue(rs.getBytes(2), type) == null || JSON.readValue(rs.getBytes(3), Map.class) == null) {
                            throw new IllegalStateException("an event without payload or metadata");
                        }
                        events++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            connection.commit();
        }
        return events / ((System.nanoTime() - began) / 1e9);
    }

    private static void bind(PreparedStatement insert, Row row) throws SQLException {
        insert.setString(1, row.eventId());
        insert.setString(2, row.aggregateId());
        insert.setLong(3, row.sequence());
        insert.setString(4, "AiApplication");
        insert.setString(5, row.timestamp());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload());
        insert.setBytes(9, row.metaData());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("unknown payload type " + name, e);
        }
    }
}
