package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.core.integrity.Hex;
import org.springframework.jdbc.core.JdbcTemplate;

/** What an auditor does over HTTP in the tests, and the recording of events for it to audit. */
public final class Auditor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final LedgerClient client;
    private final String token;

    public Auditor(LedgerClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** Registers an organisation with one application that starts a pilot: three events. Returns the application id. */
    static String recordApplication(LedgerClient client, String adminToken) {
        String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String organisationToken = client.createOrganisation(adminToken, organisation, "GEMEENTE");
        String applicationId = UUID.randomUUID().toString();
        Response registered = client.post("/api/v1/applications", organisationToken, """
                {"id": "%s", "name": "Woo-verzoeken samenvatten", "purpose": "Eerste samenvatting",
                 "phase": "EXPLORATION", "generativeAi": true,
                 "model": {"name": "GPT-NL", "provider": "TNO/SURF/NFI", "openSource": true, "origin": "NL"},
                 "hosting": "ON_PREMISES", "procurement": "OWN_DEVELOPMENT", "personalData": false,
                 "sensitiveData": false, "aiActRiskClass": "MINIMAL_RISK", "occurredAt": "2025-04-22T09:00:00Z"}
                """.formatted(applicationId));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Response pilot = client.post("/api/v1/applications/" + applicationId + "/events", organisationToken,
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(pilot.status()).as(pilot.body()).isEqualTo(201);
        return applicationId;
    }

    /** Issues a credential of the role as the admin; returns its token. */
    static String credential(LedgerClient client, String adminToken, String role) {
        Response issued = client.post("/api/v1/credentials", adminToken,
                "{\"role\":\"" + role + "\",\"label\":\"test\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("token").asText();
    }

    static long storedEvents(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    public static byte[] hash(JsonNode hex) {
        return Hex.decode(hex.asText());
    }

    public static List<byte[]> hashes(JsonNode hexes) {
        return StreamSupport.stream(hexes.spliterator(), false).map(Auditor::hash).toList();
    }

    Response get(String path) {
        return get(path, Map.of());
    }

    Response get(String path, Map<String, String> headers) {
        return client.get("/api/v1/audit" + path, token, headers);
    }

    public JsonNode json(String path) {
        Response response = get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** Waits until a checkpoint covers at least {@code treeSize} events, and returns the latest one. */
    public JsonNode awaitCheckpoint(long treeSize) {
        return awaitLatest("a checkpoint of tree size " + treeSize,
                latest -> latest.get("treeSize").asLong() >= treeSize);
    }

    /** The latest checkpoint once it covers {@code treeSize} events and is witnessed. */
    public JsonNode awaitWitnessed(long treeSize) {
        return awaitLatest("a witnessed checkpoint of tree size " + treeSize,
                latest -> latest.get("treeSize").asLong() >= treeSize && latest.get("witnessed").asBoolean());
    }

    private JsonNode awaitLatest(String wanted, Predicate<JsonNode> isWanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Response latest = get("/checkpoints/latest");
            if (latest.status() == 200 && isWanted.test(latest.json())) {
                return latest.json();
            }
            assertThat(System.nanoTime()).as("%s in time; last: %s", wanted, latest.body()).isLessThan(deadline);
            pause();
        }
    }

    public List<ObjectNode> awaitJournalWith(String aggregateId, int events) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<ObjectNode> journal = journal();
            if (journal.stream().filter(line -> line.get("aggregateId").asText().equals(aggregateId)).count()
                    >= events) {
                return journal;
            }
            assertThat(System.nanoTime()).as("the journal never showed " + aggregateId).isLessThan(deadline);
            pause();
        }
    }

    /**
     * Runs the offline verifier on the journal and checkpoints as exported now (into {@code dir}), with the further
     * arguments; answers its exit code and its output after the first line, as "1 FAILED ...".
     */
    String verifyOffline(Path dir, String... arguments) throws IOException {
        Path journal = Files.writeString(dir.resolve("journal.ndjson"), journalText());
        Path checkpoints = Files.writeString(dir.resolve("checkpoints.json"), get("/checkpoints").body());
        List<String> command = new ArrayList<>(List.of("--journal", journal.toString(), "--checkpoints",
                checkpoints.toString()));
        command.addAll(List.of(arguments));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = VerifyCommand.run(command.toArray(String[]::new), new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err);
        String output = out.toString(StandardCharsets.UTF_8);
        return exitCode + " " + output.substring(output.indexOf('\n') + 1);
    }

    List<ObjectNode> journal() {
        return lines(journalText());
    }

    public String journalText() {
        Response response = get("/journal?limit=100000");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        return response.body();
    }

    public static List<ObjectNode> lines(String ndjson) {
        return Arrays.stream(ndjson.split("\n")).filter(line -> !line.isBlank()).map(Auditor::parse).toList();
    }

    private static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
