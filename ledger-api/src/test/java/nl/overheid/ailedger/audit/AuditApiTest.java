package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.core.integrity.JsonCanonicalizer;
import nl.overheid.ailedger.core.integrity.MerkleHasher;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit endpoints on the shared ledger: who may use them, the journal's lines, and bad input. */
class AuditApiTest extends LedgerHttpTest {

    private static final List<String> AUDIT_PATHS = List.of("/journal", "/checkpoints", "/checkpoints/latest",
            "/journal/0/proof", "/consistency?from=0", "/verification");

    private Auditor auditor;

    @BeforeEach
    void asAuditor() {
        auditor = new Auditor(client, credential("AUDITOR"));
    }

    private String credential(String role) {
        return Auditor.credential(client, ADMIN, role);
    }

    /**
     * The latest checkpoint as a C2SP tlog-checkpoint, signed as a C2SP signed note, open to anyone: the same
     * checkpoint as the JSON view, verifying under the key /audit/keys publishes.
     */
    @Test
    void servesTheLatestCheckpointAsASignedNoteThatItsPublishedKeyVerifies() {
        Auditor.recordApplication(client, ADMIN);
        auditor.awaitCheckpoint(1);
        Response note = client.get("/api/v1/audit/checkpoint", null);
        assertThat(note.status()).isEqualTo(200);
        assertThat(note.header("Content-Type")).startsWith("text/plain");
        String[] lines = note.body().split("\n");
        JsonNode same = null;
        for (JsonNode checkpoint : auditor.json("/checkpoints").get("items")) {
            if (checkpoint.get("treeSize").asLong() == Long.parseLong(lines[1])) {
                same = checkpoint;
            }
        }
        assertThat(same).as("the JSON view names the same checkpoint").isNotNull();
        assertThat(lines[0]).isEqualTo("localhost/ai-governance-ledger");
        assertThat(Hex.encode(Base64.getDecoder().decode(lines[2]))).isEqualTo(same.get("rootHash").asText());
        assertThat(lines[3]).isEmpty();
        assertThat(lines[4]).startsWith("\u2014 localhost/ai-governance-ledger ");

        JsonNode keys = client.get("/api/v1/audit/keys", null).json().get("items");
        NoteVerifierKey key = NoteVerifierKey.parse(keys.get(0).get("vkey").asText());
        assertThat(key.name()).isEqualTo("localhost/ai-governance-ledger");
        assertThat(key.verifies(note.body())).isTrue();
        assertThat(key.verifies(note.body().replace("\n" + lines[1] + "\n", "\n" + (Long.parseLong(lines[1]) + 1)
                + "\n"))).as("another tree size").isFalse();
    }

    @Test
    void journalLinesCarryTheEventAndALeafHashOverTheirCanonicalJson() {
        String applicationId = Auditor.recordApplication(client, ADMIN);

        List<ObjectNode> journal = auditor.awaitJournalWith(applicationId, 2);

        for (int i = 0; i < journal.size(); i++) {
            ObjectNode line = journal.get(i);
            assertThat(line.get("sequence").asLong()).isEqualTo(i);
            assertThat(line.fieldNames()).toIterable().contains("sequence", "eventId", "aggregateId", "type",
                    "occurredAt", "recordedAt", "actor", "payload", "leafHash");
            byte[] leafHash = MerkleHasher.leafHash(JsonCanonicalizer.canonicalize(line.deepCopy().without("leafHash")));
            assertThat(line.get("leafHash").asText()).isEqualTo(Hex.encode(leafHash));
        }
        List<ObjectNode> application = journal.stream()
                .filter(line -> line.get("aggregateId").asText().equals(applicationId)).toList();
        assertThat(application).extracting(line -> line.get("type").asText())
                .containsExactly("ApplicationRegistered", "PilotStarted");
        ObjectNode pilot = application.get(1);
        assertThat(pilot.get("occurredAt").asText()).isEqualTo("2025-05-01T09:00:00Z");
        assertThat(pilot.get("actor").asText()).startsWith("cred-");
        assertThat(pilot.at("/payload/applicationId").asText()).isEqualTo(applicationId);
        JsonNode history = client.get("/api/v1/applications/" + applicationId + "/history", ADMIN).json();
        assertThat(pilot.get("recordedAt").asText()).isEqualTo(history.at("/items/1/recordedAt").asText());
        assertThat(pilot.get("eventId").asText()).isEqualTo(history.at("/items/1/eventId").asText());
    }

    @Test
    void pagesThroughTheJournalFromASequence() {
        Auditor.recordApplication(client, ADMIN);
        String applicationId = Auditor.recordApplication(client, ADMIN);
        List<ObjectNode> journal = auditor.awaitJournalWith(applicationId, 2);

        Response page = auditor.get("/journal?fromSequence=2&limit=3");

        assertThat(Auditor.lines(page.body())).extracting(line -> line.get("sequence").asLong())
                .containsExactly(2L, 3L, 4L);
        assertThat(Auditor.lines(page.body()).get(0)).isEqualTo(journal.get(2));
        assertThat(Auditor.lines(auditor.get("/journal?fromSequence=" + journal.size()).body())).isEmpty();
    }

    @Test
    void refusesInvalidPagesAndTreesAsProblems() {
        assertInvalid(auditor.get("/journal?fromSequence=-1"), "fromSequence");
        assertInvalid(auditor.get("/journal?limit=0"), "limit");
        assertInvalid(auditor.get("/journal?limit=100001"), "limit");
        assertInvalid(auditor.get("/journal?limit=many"), "limit");
        assertInvalid(auditor.get("/journal/-1/proof"), "sequence");
        assertInvalid(auditor.get("/journal/0/proof?treeSize=" + Long.MAX_VALUE), "treeSize");
        assertInvalid(auditor.get("/consistency?from=0&to=" + Long.MAX_VALUE), "to");
        assertInvalid(auditor.get("/consistency?from=-1&to=0"), "from");
        assertInvalid(auditor.get("/consistency?from=2&to=1"), "from");
        assertInvalid(auditor.get("/consistency"), "from");
        Response beyondTheTree = auditor.get("/journal/" + Long.MAX_VALUE + "/proof");
        assertThat(beyondTheTree.status()).isEqualTo(404);
        assertThat(beyondTheTree.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aJournalClientGetsProblemsToo() {
        Response response = auditor.get("/journal?limit=0", Map.of("Accept", "application/x-ndjson"));

        assertInvalid(response, "limit");
    }

    @Test
    void onlyAuditorsAndAdminsMayAudit() {
        String analyst = credential("ANALYST");
        String organisation = client.createOrganisation(ADMIN, "org-audit-" + System.nanoTime() % 100000, "RIJK");
        for (String path : AUDIT_PATHS) {
            assertThat(client.get("/api/v1/audit" + path, analyst).status()).as(path).isEqualTo(403);
            assertThat(client.get("/api/v1/audit" + path, organisation).status()).as(path).isEqualTo(403);
            assertThat(client.get("/api/v1/audit" + path, null).status()).as(path).isEqualTo(401);
        }
        assertThat(client.get("/api/v1/audit/verification", ADMIN).status()).isEqualTo(200);
    }

    private static void assertInvalid(Response response, String parameter) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("invalidParams").findValuesAsText("name")).containsExactly(parameter);
    }
}
