package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerProcess;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.application.ApplicationRequests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills the ledger with SIGKILL while 8 clients post events (at five moments: after 0 to 150 acknowledged
 * events), starts it again on the same storage, and checks that every event that was answered 201 is there,
 * exactly once, that the views agree with the history and with a fresh replay, and that the sealed journal
 * verifies.
 */
class CrashSafetyTest {

    private static final String ADMIN = "dev-admin-token";
    private static final int CLIENTS = 8;
    /**
     * The restarted ledger is a new owner, so it waits until the killed one's claims on the projections' segments
     * lapse (Axon's default: 10 s, looked at every 5 s). One ledger runs at a time here, so nobody else could take a
     * segment over: shorter is safe, and spares each kill case the wait.
     */
    private static final Map<String, String> PROMPT_CLAIMS = Map.of(
            "axon.eventhandling.tokenstore.claim-timeout", "1s",
            "axon.eventhandling.processors.register.token-claim-interval", "250",
            "axon.eventhandling.processors.commitments.token-claim-interval", "250",
            "axon.eventhandling.processors.sealing.token-claim-interval", "250");

    @ParameterizedTest(name = "killed after {0} acknowledged events")
    @ValueSource(ints = {0, 3, 20, 60, 150})
    void losesNoAcknowledgedEventWhenKilled(int killAfterAcknowledged) throws Exception {
        Map<String, String> storage = new HashMap<>(TestStorage.fresh());
        storage.putAll(PROMPT_CLAIMS);
        Path log = Files.createTempFile("ledger-crash-", ".log");
        List<String> applications = new ArrayList<>();
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

        LedgerProcess ledger = LedgerProcess.start(storage, log);
        try {
            String token = ledger.client().createOrganisation(ADMIN, "gemeente-crash", "GEMEENTE");
            for (int i = 0; i < CLIENTS; i++) {
                String id = UUID.randomUUID().toString();
                assertThat(ledger.client().post("/api/v1/applications", token,
                        ApplicationRequests.registration(id, "PILOT")).status()).isEqualTo(201);
                applications.add(id);
            }
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (String id : applications) {
                clients.submit(() -> post(ledger.client(), token, id, running, acknowledged));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < killAfterAcknowledged && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            ledger.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            ledger.close();
        }

        assertThat(acknowledged).as("events acknowledged before the kill").hasSizeGreaterThanOrEqualTo(killAfterAcknowledged);
        try (LedgerProcess restarted = LedgerProcess.start(storage, log)) {
            LedgerClient client = restarted.client();
            // The events are the store's; the register read below may have lost its last batch to the kill and
            // projects it again from its token.
            ProjectionsCaughtUp.await(client, ADMIN);
            Map<String, Set<String>> expected = acknowledged.stream().collect(Collectors.groupingBy(
                    Acknowledged::applicationId, Collectors.mapping(Acknowledged::description, Collectors.toSet())));
            for (String id : applications) {
                JsonNode items = client.get("/api/v1/applications/" + id + "/history", ADMIN).json().get("items");
                List<String> descriptions = new ArrayList<>();
                for (int sequence = 0; sequence < items.size(); sequence++) {
                    assertThat(items.get(sequence).get("sequence").asInt()).isEqualTo(sequence);
                    descriptions.add(items.get(sequence).at("/payload/description").asText());
                }
                assertThat(descriptions).as("acknowledged events of %s", id)
                        .containsAll(expected.getOrDefault(id, Set.of()))
                        .doesNotHaveDuplicates();
                JsonNode view = client.get("/api/v1/applications/" + id, ADMIN).json();
                assertThat(view.get("version").asInt()).isEqualTo(items.size() - 1);
            }
            Replays.assertVerificationOk(client);
            Replays.assertReadModelsEqualAFreshReplay(client, applications);
        }
    }

    private static void post(LedgerClient client, String token, String applicationId, AtomicBoolean running,
                             ConcurrentLinkedQueue<Acknowledged> acknowledged) {
        Map<String, String> noHeaders = new HashMap<>();
        for (int n = 0; running.get(); n++) {
            String description = "incident " + n + " of " + applicationId;
            try {
                LedgerClient.Response response = client.post("/api/v1/applications/" + applicationId + "/events", token,
                        "{\"type\":\"IncidentReported\",\"severity\":\"LOW\",\"description\":\"" + description
                                + "\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}", noHeaders);
                if (response.status() == 201) {
                    acknowledged.add(new Acknowledged(applicationId, description));
                }
            } catch (UncheckedIOException connectionLost) {
                return;
            }
        }
    }

    private record Acknowledged(String applicationId, String description) {
    }
}
