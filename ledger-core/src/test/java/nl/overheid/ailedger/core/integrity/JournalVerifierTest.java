package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class JournalVerifierTest {

    private static final int EVENTS = 10;

    private final KeyPair keyPair = Ed25519.generateKeyPair();
    private final String publicKey = Ed25519.encodePublicKey(keyPair.getPublic());
    private final List<JournalLine> lines = journal(EVENTS);
    private final List<SignedCheckpoint> checkpoints = List.of(sign(3, keyPair), sign(7, keyPair), sign(10, keyPair));

    private static List<JournalLine> journal(int size) {
        List<JournalLine> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ObjectNode payload = JsonNodeFactory.instance.objectNode()
                    .put("applicationId", "app-" + (i % 3)).put("occurredAt", "2025-05-0" + (i % 9 + 1) + "T09:00:00Z")
                    .put("reason", "stap " + i + " \u00e9\u00e8");
            lines.add(new JournalLine(i, "event-" + i, "app-" + (i % 3), i / 3, "PilotStarted",
                    payload.get("occurredAt"), "2025-06-01T10:00:0" + i + ".123Z", i % 2 == 0 ? "cred-1" : null,
                    payload));
        }
        return lines;
    }

    private SignedCheckpoint sign(int treeSize, KeyPair key) {
        byte[] root = MerkleTree.rootHash(lines.subList(0, treeSize).stream().map(JournalLine::leafHash).toList());
        Checkpoint checkpoint = new Checkpoint(treeSize, Hex.encode(root),
                Instant.parse("2025-06-01T11:00:00Z").plusSeconds(treeSize), Ed25519.keyId(key.getPublic()));
        return SignedCheckpoint.of(checkpoint, new CheckpointSigner(key).sign(checkpoint),
                Ed25519.encodePublicKey(key.getPublic()));
    }

    private static List<String> ndjson(List<JournalLine> lines) {
        return new ArrayList<>(lines.stream().map(line -> line.toJson(line.leafHash()).toString()).toList());
    }

    private AuditVerdict verify(List<String> journal, List<SignedCheckpoint> checkpoints, String expectedKey)
            throws IOException {
        return verify(String.join("\n", journal) + "\n", checkpoints, expectedKey);
    }

    private AuditVerdict verify(String journal, List<SignedCheckpoint> checkpoints, String expectedKey)
            throws IOException {
        return JournalVerifier.verify(new ByteArrayInputStream(journal.getBytes(StandardCharsets.UTF_8)), checkpoints,
                Optional.ofNullable(expectedKey));
    }

    @Test
    void acceptsAnIntactJournalWithAllItsCheckpoints() throws IOException {
        AuditVerdict verdict = verify(ndjson(lines), checkpoints, publicKey);

        assertThat(verdict.ok()).as(verdict.finding()).isTrue();
        assertThat(verdict.verifiedEvents()).isEqualTo(EVENTS);
        assertThat(verdict.verifiedCheckpoints()).isEqualTo(3);
        assertThat(verdict.signedEvents()).isEqualTo(EVENTS);
        assertThat(verdict.firstBadSequence()).isNull();
    }

    @Test
    void reportsTheSequenceOfAChangedEvent() throws IOException {
        List<String> journal = ndjson(lines);
        journal.set(5, journal.get(5).replace("stap 5", "stap 6"));

        AuditVerdict verdict = verify(journal, checkpoints, publicKey);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.firstBadSequence()).isEqualTo(5);
        assertThat(verdict.finding()).contains("event 5 does not match");
    }

    @Test
    void anEventChangedWithItsLeafHashIsCaughtByTheCheckpointThatCoversIt() throws IOException {
        List<JournalLine> forged = new ArrayList<>(lines);
        JournalLine original = lines.get(5);
        forged.set(5, new JournalLine(5, original.eventId(), original.aggregateId(), original.aggregateSequence(),
                original.type(), original.occurredAt(), original.recordedAt(), "cred-forger", original.payload()));

        AuditVerdict verdict = verify(ndjson(forged), checkpoints, publicKey);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.firstBadSequence()).isEqualTo(3);
        assertThat(verdict.finding()).contains("sequences 3..6");
        assertThat(verdict.verifiedCheckpoints()).isEqualTo(1);
    }

    @Test
    void reportsAMissingEventInTheMiddle() throws IOException {
        List<String> journal = ndjson(lines);
        journal.remove(4);

        AuditVerdict verdict = verify(journal, checkpoints, publicKey);

        assertThat(verdict.firstBadSequence()).isEqualTo(4);
        assertThat(verdict.finding()).contains("sequence 4 is missing");
    }

    @Test
    void reportsATruncatedJournalAgainstTheLastCheckpoint() throws IOException {
        List<String> journal = ndjson(lines);
        journal.remove(EVENTS - 1);

        AuditVerdict verdict = verify(journal, checkpoints, publicKey);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.firstBadSequence()).isEqualTo(EVENTS - 1);
        assertThat(verdict.finding()).contains("checkpoint of tree size 10");
    }

    @Test
    void reportsADuplicatedLine() throws IOException {
        List<String> journal = ndjson(lines);
        journal.add(3, journal.get(2));

        assertThat(verify(journal, checkpoints, publicKey).firstBadSequence()).isEqualTo(3);
    }

    @Test
    void eventsAfterTheLastCheckpointAreVerifiedButNotSigned() throws IOException {
        AuditVerdict verdict = verify(ndjson(lines), checkpoints.subList(0, 2), publicKey);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.verifiedEvents()).isEqualTo(EVENTS);
        assertThat(verdict.signedEvents()).isEqualTo(7);
    }

    @Test
    void refusesACheckpointSignedByAnotherKeyThanTheExpectedOne() throws IOException {
        KeyPair intruder = Ed25519.generateKeyPair();
        List<SignedCheckpoint> forged = List.of(checkpoints.get(0), sign(7, intruder));

        AuditVerdict expectingOurKey = verify(ndjson(lines), forged, publicKey);
        AuditVerdict trustingPublishedKeys = verify(ndjson(lines), forged, null);

        assertThat(expectingOurKey.ok()).isFalse();
        assertThat(expectingOurKey.firstBadSequence()).isEqualTo(3);
        assertThat(expectingOurKey.finding()).contains("tree size 7 is not validly signed");
        assertThat(trustingPublishedKeys.ok()).isTrue();
    }

    @Test
    void refusesACheckpointWhoseRootWasChangedAfterSigning() throws IOException {
        SignedCheckpoint genuine = checkpoints.get(1);
        SignedCheckpoint changed = new SignedCheckpoint(genuine.treeSize(), checkpoints.get(0).rootHash(),
                genuine.signedAt(), genuine.keyId(), genuine.signature(), genuine.publicKey());

        AuditVerdict verdict = verify(ndjson(lines), List.of(checkpoints.get(0), changed), null);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.finding()).contains("not validly signed");
    }

    @Test
    void aLineThatIsNotJsonIsAFindingAtItsSequence() throws IOException {
        List<String> journal = ndjson(lines);
        journal.set(2, "{\"sequence\": 2, \"leafHash\": ");

        AuditVerdict verdict = verify(journal, checkpoints, publicKey);

        assertThat(verdict.firstBadSequence()).isEqualTo(2);
        assertThat(verdict.finding()).contains("line 3");
    }

    @Test
    void readsTheListTheSingleCheckpointAndABareArray() throws IOException {
        String one = "{\"treeSize\":3,\"rootHash\":\"%s\",\"signedAt\":\"2025-06-01T11:00:03Z\",\"keyId\":\"%s\","
                .formatted(checkpoints.get(0).rootHash(), checkpoints.get(0).keyId())
                + "\"signature\":\"" + checkpoints.get(0).signature() + "\",\"publicKey\":\"" + publicKey + "\"}";

        assertThat(read("{\"items\":[" + one + "," + one + "]}")).hasSize(2);
        assertThat(read("[" + one + "]")).containsExactly(checkpoints.get(0));
        assertThat(read(one)).containsExactly(checkpoints.get(0));
        assertThatThrownBy(() -> read("{\"treeSize\": 3}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rootHash");
        assertThatThrownBy(() -> read("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLeafHashCoversEveryFieldOfTheLine() throws IOException {
        ObjectNode line = lines.get(1).toJson(lines.get(1).leafHash());
        List<ObjectNode> changes = List.of(line.deepCopy().put("type", "Suspended"),
                line.deepCopy().put("aggregateSequence", 9), line.deepCopy().put("extra", 1),
                (ObjectNode) line.deepCopy().set("payload", TextNode.valueOf("{}")), line.deepCopy().without("actor"));

        for (ObjectNode changed : changes) {
            List<String> journal = ndjson(lines);
            journal.set(1, changed.toString());

            AuditVerdict verdict = verify(journal, checkpoints, publicKey);

            assertThat(verdict.firstBadSequence()).as(changed.toString()).isEqualTo(1);
            assertThat(verdict.finding()).contains("event 1 does not match");
        }
    }

    @Test
    void hashesWhatALineSaysNotHowItIsWritten() throws IOException {
        List<String> journal = ndjson(lines);
        journal.set(4, journal.get(4).replace("{\"sequence\":4,",
                        "{ \"leafHash\" : \"00\", \"sequence\" : 4.0 , \"type\":\"Suspended\",").replace("\u00e9", "\\u00e9") + "  ");
        journal.set(6, journal.get(6).replace("\"applicationId\"", "\"leafHash\":\"nested, so hashed\",\"applicationId\""));

        AuditVerdict verdict = verify(String.join("\r\n", journal) + "\r\n \t\r\n", checkpoints, publicKey);

        assertThat(journal.get(4)).contains("\\u00e9").contains("\"type\":\"PilotStarted\"");
        assertThat(verdict.firstBadSequence()).isEqualTo(6);
        assertThat(verdict.finding()).contains("event 6 does not match");
    }

    @Test
    void blankLinesAreSkippedButCountedInFindings() throws IOException {
        List<String> journal = ndjson(lines);
        journal.add(2, " ");
        journal.add(3, "");
        journal.set(5, "[" + journal.get(5) + "]");

        AuditVerdict verdict = verify(String.join("\r", journal), checkpoints, publicKey);

        assertThat(verdict.firstBadSequence()).isEqualTo(3);
        assertThat(verdict.finding()).isEqualTo("line 6 of the journal lacks a sequence or a leafHash");
    }

    @Test
    void aLineWithoutACanonicalFormCannotBeHashed() throws IOException {
        List<String> journal = ndjson(lines);
        journal.set(2, journal.get(2).replace("\"reason\"", "\"size\":1e400,\"reason\""));

        AuditVerdict verdict = verify(journal, checkpoints, publicKey);

        assertThat(verdict.firstBadSequence()).isEqualTo(2);
        assertThat(verdict.finding()).startsWith("line 3 of the journal cannot be hashed: JSON cannot represent");
    }

    @Test
    void aLeafHashThatIsNoHashCannotBeHashed() throws IOException {
        List<String> journal = ndjson(lines);
        journal.set(2, journal.get(2).replaceFirst("\"leafHash\":\"[0-9a-f]+\"", "\"leafHash\":\"xyz\""));
        journal.set(3, journal.get(3).replaceFirst("\"leafHash\":\"[0-9a-f]+\"", "\"leafHash\":7"));

        AuditVerdict verdict = verify(journal, checkpoints, publicKey);

        assertThat(verdict.firstBadSequence()).isEqualTo(2);
        assertThat(verdict.finding()).startsWith("line 3 of the journal cannot be hashed");
        journal.remove(2);
        assertThat(verify(journal, checkpoints, publicKey).finding())
                .isEqualTo("line 3 of the journal lacks a sequence or a leafHash");
    }

    @Test
    void aLineLongerThanTheReadBufferIsReadWhole() throws IOException {
        List<JournalLine> journal = new ArrayList<>(lines);
        JournalLine original = lines.get(9);
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("reason", "x".repeat(600_000));
        journal.set(9, new JournalLine(9, original.eventId(), original.aggregateId(), original.aggregateSequence(),
                original.type(), original.occurredAt(), original.recordedAt(), original.actor(), payload));

        AuditVerdict verdict = verify(ndjson(journal), checkpoints.subList(0, 2), publicKey);

        assertThat(verdict.ok()).as(verdict.finding()).isTrue();
        assertThat(verdict.verifiedEvents()).isEqualTo(EVENTS);
    }

    private static List<SignedCheckpoint> read(String json) throws IOException {
        return JournalVerifier.readCheckpoints(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
