package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerProcess;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.application.ApplicationRequests;
import org.junit.jupiter.api.Test;

/**
 * Two ledger nodes on one PostgreSQL. Clients post to both, also to the same applications (so the event
 * store's unique constraint and the retry decide); one node is killed with SIGKILL during the load; the
 * other must take over every segment within 30 s, every acknowledged event must be stored exactly once and
 * be sealed, and the read models must equal a fresh replay.
 */
class TwoNodeFailoverTest {

    private static final String ADMIN = "dev-admin-token";
    private static final int CLIENTS = 8;
    private static final int APPLICATIONS = 4;

    @Test
    void survivesTheLossOfANodeWithoutLosingAnAcknowledgedEvent() throws Exception {
        assumeTrue(TestStorage.onPostgres(), "needs PostgreSQL: run with the postgres profile");
        Map<String, String> storage = TestStorage.fresh();
        Path log = Files.createTempFile("ledger-two-nodes-", ".log");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        List<String> applications = new ArrayList<>();

        try (LedgerProcess first = LedgerProcess.start(storage, log);
             LedgerProcess second = LedgerProcess.start(storage, log)) {
            String token = first.client().createOrganisation(ADMIN, "provincie-utrecht", "PROVINCIE");
            for (int i = 0; i < APPLICATIONS; i++) {
                String id = UUID.randomUUID().toString();
                assertThat(first.client().post("/api/v1/applications", token,
                        ApplicationRequests.registration(id, "PILOT")).status()).isEqualTo(201);
                applications.add(id);
            }
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                LedgerClient node = c % 2 == 0 ? first.client() : second.client();
                String application = applications.get(c % APPLICATIONS);
                int client = c;
                clients.submit(() -> post(node, token, application, client, running, acknowledged, unexpected));
            }
            awaitAtLeast(acknowledged, 40);
            first.kill();
            long killedAt = System.nanoTime();
            awaitAtLeast(acknowledged, acknowledged.size() + 40);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(unexpected).as("answers other than 201, 202 or 409").isEmpty();

            long events = count(storage, "SELECT COUNT(*) FROM domain_event_entry");
            awaitCaughtUp(storage, "SELECT COUNT(*) FROM sealed_leaf", events);
            awaitCaughtUp(storage, "SELECT COUNT(*) FROM application_event",
                    count(storage, "SELECT COUNT(*) FROM domain_event_entry WHERE type = 'AiApplication'"));
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killedAt))
                    .as("seconds from the kill until the survivor processed everything").isLessThanOrEqualTo(30);
            assertThat(query(storage, "SELECT DISTINCT owner FROM token_entry WHERE owner IS NOT NULL"))
                    .as("every claimed segment belongs to the survivor").hasSize(1);

            LedgerClient survivor = second.client();
            Map<String, Long> stored = new HashMap<>();
            for (String id : applications) {
                JsonNode items = survivor.get("/api/v1/applications/" + id + "/history", ADMIN).json().get("items");
                for (JsonNode item : items) {
                    stored.merge(item.at("/payload/description").asText(), 1L, Long::sum);
                }
            }
            assertThat(acknowledged).allSatisfy(description ->
                    assertThat(stored.get(description)).as(description).isEqualTo(1L));
            assertThat(count(storage, "SELECT COUNT(*) FROM sealed_leaf")).isEqualTo(events);
            Replays.assertVerificationOk(survivor);
            Replays.assertReadModelsEqualAFreshReplay(survivor, applications);
        }
    }

    private static void post(LedgerClient node, String token, String application, int client, AtomicBoolean running,
                             ConcurrentLinkedQueue<String> acknowledged, ConcurrentLinkedQueue<String> unexpected) {
        for (int n = 0; running.get(); n++) {
            String description = "client " + client + " incident " + n;
            try {
                LedgerClient.Response response = node.post("/api/v1/applications/" + application + "/events", token,
                        "{\"type\":\"IncidentReported\",\"severity\":\"MEDIUM\",\"description\":\"" + description
                                + "\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}");
                // 202: stored, while the register (its segments still held by the dead node) catches up.
                if (response.status() == 201 || response.status() == 202) {
                    acknowledged.add(description);
                } else if (response.status() != 409) {
                    unexpected.add(response.status() + " " + response.body());
                }
            } catch (UncheckedIOException nodeGone) {
                return;
            }
        }
    }

    /** Waits until the read model behind {@code sql} counts {@code expected} rows: the segments are claimed. */
    private static void awaitCaughtUp(Map<String, String> storage, String sql, long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(storage, sql) < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count(storage, sql)).as(sql).isEqualTo(expected);
    }

    private static void awaitAtLeast(ConcurrentLinkedQueue<String> acknowledged, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(count);
    }

    private static long count(Map<String, String> storage, String sql) throws SQLException {
        return Long.parseLong(query(storage, sql).iterator().next());
    }

    private static Set<String> query(Map<String, String> storage, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(storage.get("spring.datasource.url"),
                storage.get("spring.datasource.username"), storage.get("spring.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            Set<String> values = new HashSet<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
