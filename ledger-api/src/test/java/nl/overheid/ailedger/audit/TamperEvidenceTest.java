package nl.overheid.ailedger.audit;

import static nl.overheid.ailedger.audit.Auditor.hash;
import static nl.overheid.ailedger.audit.Auditor.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.core.integrity.MerkleVerifier;
import nl.overheid.ailedger.projections.sealing.SealingKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database administrator changes the event store behind the ledger's back; the audit trail must name the event.
 * A ledger of its own, because these tests break (and then repair) its integrity.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
class TamperEvidenceTest {

    private static final String ADMIN = "dev-admin-token";

    /** Not a @TempDir: the ledger keeps its files open until the test run ends, as LedgerHttpTest's does. */

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SealingKey key;

    @TempDir
    Path exports;

    private LedgerClient client;
    private Auditor auditor;

    @DynamicPropertySource
    static void ownLedger(DynamicPropertyRegistry registry) {
        TestStorage.fresh().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ledger.sealing.checkpoint-interval", () -> "200ms");
    }

    @BeforeEach
    void connect() {
        client = new LedgerClient("http://localhost:" + port);
        auditor = new Auditor(client, ADMIN);
    }

    @Test
    void aChangedByteInAStoredPayloadIsReportedAtItsSequence() throws IOException {
        String applicationId = Auditor.recordApplication(client, ADMIN);
        Auditor.recordApplication(client, ADMIN);
        auditor.awaitCheckpoint(storedEvents());
        assertThat(auditor.json("/verification").get("ok").asBoolean()).isTrue();
        assertThat(verifyOffline()).startsWith("0 VERIFIED");

        ObjectNode registration = auditor.journal().stream()
                .filter(line -> line.get("aggregateId").asText().equals(applicationId)).findFirst().orElseThrow();
        long sequence = registration.get("sequence").asLong();
        String eventId = registration.get("eventId").asText();
        byte[] original = payload(eventId);
        String stored = new String(original, StandardCharsets.UTF_8);
        byte[] changed = original.clone();
        changed[stored.indexOf("Woo-verzoeken")] = 'w';
        try {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", changed, eventId);

            JsonNode verification = auditor.json("/verification");
            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstMismatchSequence").asLong()).isEqualTo(sequence);
            assertThat(verification.get("verifiedEvents").asLong()).isEqualTo(sequence);
            assertThat(verifyOffline()).startsWith("1 FAILED at sequence " + sequence + ": event " + sequence
                    + " does not match the leaf hash it was sealed with");
            assertThat(prometheus()).contains("ledger_audit_verification_ok{application=\"ai-governance-ledger\"} 0.0");
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?", original, eventId);
        }
        assertThat(auditor.json("/verification").get("ok").asBoolean()).isTrue();
        assertThat(prometheus()).contains("ledger_audit_verification_ok{application=\"ai-governance-ledger\"} 1.0");
    }

    @Test
    void aDeletedLastEventIsReportedAsTruncationAgainstTheLastCheckpoint() throws IOException {
        Auditor.recordApplication(client, ADMIN);
        long total = storedEvents();
        JsonNode checkpoint = auditor.awaitCheckpoint(total);
        long last = total - 1;
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT * FROM domain_event_entry
                 WHERE global_index = (SELECT global_index FROM sealed_leaf WHERE ledger_sequence = ?)""", last);
        try {
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", row.get("global_index"));

            JsonNode verification = auditor.json("/verification");
            assertThat(checkpoint.get("treeSize").asLong()).isEqualTo(total);
            assertThat(verification.get("ok").asBoolean()).isFalse();
            assertThat(verification.get("firstMismatchSequence").asLong()).isEqualTo(last);
            assertThat(verification.get("finding").asText()).contains("missing");
            assertThat(verifyOffline()).startsWith("1 FAILED at sequence " + last + ": the journal ends after " + last
                    + " events, but the checkpoint of tree size " + total + " covers more");
        } finally {
            reinsert(row);
        }
        assertThat(auditor.json("/verification").get("ok").asBoolean()).isTrue();
    }

    @Test
    void proofsFromTheApiVerifyAgainstTheSignedCheckpoints() {
        Auditor.recordApplication(client, ADMIN);
        JsonNode earlier = auditor.awaitCheckpoint(storedEvents());
        Auditor.recordApplication(client, ADMIN);
        JsonNode later = auditor.awaitCheckpoint(storedEvents());
        long earlierSize = earlier.get("treeSize").asLong();
        long laterSize = later.get("treeSize").asLong();
        assertThat(laterSize).isGreaterThan(earlierSize);
        List<ObjectNode> journal = auditor.journal();

        for (long sequence : List.of(0L, earlierSize - 1, earlierSize, laterSize / 2, laterSize - 1)) {
            JsonNode proof = auditor.json("/journal/" + sequence + "/proof?treeSize=" + laterSize);
            assertThat(proof.get("leafHash")).isEqualTo(journal.get((int) sequence).get("leafHash"));
            assertThat(proof.get("rootHash")).isEqualTo(later.get("rootHash"));
            assertThat(MerkleVerifier.verifyInclusion(hash(proof.get("leafHash")), sequence, laterSize,
                    hashes(proof.get("auditPath")), hash(later.get("rootHash")))).as("leaf %d", sequence).isTrue();
        }
        JsonNode inEarlierTree = auditor.json("/journal/" + (earlierSize - 1) + "/proof?treeSize=" + earlierSize);
        assertThat(MerkleVerifier.verifyInclusion(hash(inEarlierTree.get("leafHash")), earlierSize - 1, earlierSize,
                hashes(inEarlierTree.get("auditPath")), hash(earlier.get("rootHash")))).isTrue();
        JsonNode latestByDefault = auditor.json("/journal/0/proof");
        assertThat(latestByDefault.get("treeSize").asLong()).isEqualTo(laterSize);

        JsonNode consistency = auditor.json("/consistency?from=" + earlierSize + "&to=" + laterSize);
        assertThat(consistency.get("fromRoot")).isEqualTo(earlier.get("rootHash"));
        assertThat(consistency.get("toRoot")).isEqualTo(later.get("rootHash"));
        assertThat(MerkleVerifier.verifyConsistency(earlierSize, laterSize, hash(earlier.get("rootHash")),
                hash(later.get("rootHash")), hashes(consistency.get("proof")))).isTrue();
        assertThat(auditor.json("/checkpoints").get("items").findValuesAsText("treeSize"))
                .contains(String.valueOf(earlierSize), String.valueOf(laterSize));
        assertThat(prometheus()).contains("ledger_sealing_tree_size{application=\"ai-governance-ledger\"} "
                + laterSize + ".0");
    }


    private long storedEvents() {
        return Auditor.storedEvents(jdbc);
    }

    private byte[] payload(String eventId) {
        return jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE event_identifier = ?", byte[].class,
                eventId);
    }

    private void reinsert(Map<String, Object> row) {
        List<String> columns = List.copyOf(row.keySet());
        jdbc.update("INSERT INTO domain_event_entry (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")",
                columns.stream().map(row::get).toArray());
    }

    /** Exports journal and checkpoints over the API and runs the offline verifier on them: "exit-code output". */
    private String verifyOffline() throws IOException {
        Path journal = Files.writeString(exports.resolve("journal.ndjson"), auditor.journalText());
        Path checkpoints = Files.writeString(exports.resolve("checkpoints.json"), auditor.get("/checkpoints").body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = VerifyCommand.run(new String[] {"--journal", journal.toString(), "--checkpoints",
                checkpoints.toString(), "--public-key", key.publicKey()}, new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err);
        String output = out.toString(StandardCharsets.UTF_8);
        return exitCode + " " + output.substring(output.indexOf('\n') + 1);
    }

    private String prometheus() {
        return client.get("/actuator/prometheus", ADMIN).body();
    }
}
