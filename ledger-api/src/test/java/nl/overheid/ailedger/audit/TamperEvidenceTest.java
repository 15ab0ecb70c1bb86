package nl.overheid.ailedger.audit;

import static nl.overheid.ailedger.audit.Auditor.hash;
import static nl.overheid.ailedger.audit.Auditor.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.commitment.CommitmentRequests;
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

    /**
     * The report read an organisation's name from organisation_view: an edit there appeared in the Kamer CSV under a
     * valid checkpoint. The journal still verifies after such an edit; the comparison of the read models finds it.
     */
    @Test
    void anEditOfAReadModelIsFoundWhileTheJournalStillVerifies() {
        String applicationId = Auditor.recordApplication(client, ADMIN);
        String commitment = "motie-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(client.post("/api/v1/commitments", ADMIN, CommitmentRequests.registration(commitment, "MOTIE",
                "SAMENWERKEN", "2023-04-11", "2024-01-31", organisationOf(applicationId), List.of("Six Dijkstra")))
                .status()).isEqualTo(201);
        auditor.awaitCheckpoint(storedEvents());
        assertThat(auditor.json("/verification").get("ok").asBoolean()).isTrue();

        String organisation = organisationOf(applicationId);
        List<Edit> edits = List.of(
                new Edit("organisation_view", "name", "organisation_id = ?", organisation, "Ministerie van Waarheid"),
                new Edit("application_current", "phase", "application_id = ?", applicationId, "RETIRED"),
                new Edit("application_event", "actor", "entity_id = ? AND sequence_number = 1", applicationId,
                        "cred-iemand-anders"),
                new Edit("commitment_event", "title", "entity_id = ?", commitment, null));
        for (Edit edit : edits) {
            String column = edit.column().equals("title") ? "payload" : edit.column();
            String select = "SELECT " + column + " FROM " + edit.table() + " WHERE " + edit.where();
            String original = jdbc.queryForObject(select, String.class, edit.key());
            String changed = edit.value() != null ? edit.value() : original.replace("Six Dijkstra", "Iemand Anders");
            String update = "UPDATE " + edit.table() + " SET " + column + " = ? WHERE " + edit.where();
            assertThat(jdbc.update(update, changed, edit.key())).as(edit.table()).isEqualTo(1);
            try {
                JsonNode verification = auditor.json("/verification");
                assertThat(verification.get("ok").asBoolean()).as(edit.table()).isFalse();
                assertThat(verification.get("firstMismatchSequence").isNull()).as("the journal verifies").isTrue();
                assertThat(verification.at("/readModels/named").toString()).as(edit.table()).contains(edit.table());
                assertThat(prometheus()).contains("ledger_audit_read_models_ok{application=\"ai-governance-ledger\"} 0.0");
            } finally {
                jdbc.update(update, original, edit.key());
            }
            assertThat(auditor.json("/verification").get("ok").asBoolean()).as("restored " + edit.table()).isTrue();
        }
    }

    /** Sets {@code column} of the row of {@code table} where {@code where} holds for {@code key}. */
    private record Edit(String table, String column, String where, String key, String value) {
    }

    private String organisationOf(String applicationId) {
        return jdbc.queryForObject("SELECT organisation_id FROM application_current WHERE application_id = ?",
                String.class, applicationId);
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
        return auditor.verifyOffline(exports, "--public-key", key.publicKey());
    }

    private String prometheus() {
        return client.get("/actuator/prometheus", ADMIN).body();
    }
}
