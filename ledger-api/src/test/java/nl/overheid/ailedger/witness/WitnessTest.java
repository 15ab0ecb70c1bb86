package nl.overheid.ailedger.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import nl.overheid.ailedger.core.integrity.Checkpoint;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.core.integrity.MerkleHasher;
import nl.overheid.ailedger.core.integrity.MerkleTree;
import nl.overheid.ailedger.core.integrity.NoteSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness protocol of c2sp.org/tlog-witness, case by case, against a log kept in memory. */
class WitnessTest {

    private static final String ORIGIN = "ledger.example.overheid.nl/ai";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dataDir;

    private final NoteSigner log = new NoteSigner(ORIGIN, Ed25519.generateKeyPair());
    private final NoteSigner cosigner = NoteSigner.cosigner("witness.example.nl/w1", Ed25519.generateKeyPair());
    private final List<byte[]> leaves = new ArrayList<>();
    private Witness witness;

    @BeforeEach
    void startWitness() {
        witness = newWitness();
    }

    private Witness newWitness() {
        return new Witness(cosigner, List.of(log.verifierKey()), new WitnessedLogs(dataDir),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void cosignsTheFirstCheckpointItSeesAndEachOneThatExtendsIt() {
        grow(5);
        WitnessAnswer first = witness.addCheckpoint(submission(0, 5, note(5)));
        assertThat(first.status()).isEqualTo(200);
        assertThat(cosigner.verifierKey().cosignedAt(note(5) + first.body())).hasValue(NOW);

        grow(7);
        WitnessAnswer second = witness.addCheckpoint(submission(5, 12, note(12)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(cosigner.verifierKey().cosignedAt(note(12) + second.body())).hasValue(NOW);
        assertThat(witness.addCheckpoint(submission(12, 12, note(12))).status()).as("the same tree again")
                .isEqualTo(200);
    }

    @Test
    void refusesATreeThatDoesNotExtendTheOneItCosigned() {
        grow(8);
        assertThat(witness.addCheckpoint(submission(0, 8, note(8))).status()).isEqualTo(200);
        leaves.set(3, MerkleHasher.leafHash("rewritten".getBytes(StandardCharsets.UTF_8)));
        grow(4);

        WitnessAnswer rewritten = witness.addCheckpoint(submission(8, 12, note(12)));
        assertThat(rewritten.status()).isEqualTo(422);
        WitnessAnswer sameSizeOtherRoot = witness.addCheckpoint(submission(8, 8, note(8)));
        assertThat(sameSizeOtherRoot.status()).isEqualTo(409);
        assertThat(sameSizeOtherRoot.contentType()).isEqualTo("application/problem+json");
        assertThat(sameSizeOtherRoot.body()).contains("\"status\":409", "cosigned another root for tree size 8");
    }

    @Test
    void answersItsOwnSizeWhenTheOldSizeIsNotIt() {
        grow(6);
        assertThat(witness.addCheckpoint(submission(0, 6, note(6))).status()).isEqualTo(200);
        grow(3);

        WitnessAnswer stale = witness.addCheckpoint(submission(0, 9, note(9)));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).isEqualTo("text/x.tlog.size");
        assertThat(stale.body()).isEqualTo("6\n");
        assertThat(witness.addCheckpoint(submission(4, 9, note(9))).status()).isEqualTo(409);
    }

    @Test
    void remembersWhatItCosignedAcrossARestart() {
        grow(6);
        assertThat(witness.addCheckpoint(submission(0, 6, note(6))).status()).isEqualTo(200);

        Witness restarted = newWitness();

        assertThat(restarted.addCheckpoint(submission(0, 6, note(6))).body()).isEqualTo("6\n");
        leaves.set(0, MerkleHasher.leafHash(new byte[] {1}));
        assertThat(restarted.addCheckpoint(submission(6, 6, note(6))).status()).isEqualTo(409);
    }

    @Test
    void refusesUnknownLogsUnsignedCheckpointsAndMalformedRequests() {
        grow(3);
        NoteSigner otherLog = new NoteSigner("other.example.nl/log", Ed25519.generateKeyPair());
        String unknown = otherLog.sign(checkpoint(3).noteText("other.example.nl/log"));
        assertThat(witness.addCheckpoint(submission(0, 3, unknown)).status()).isEqualTo(404);

        NoteSigner impostor = new NoteSigner(ORIGIN, Ed25519.generateKeyPair());
        String forged = impostor.sign(checkpoint(3).noteText(ORIGIN));
        assertThat(witness.addCheckpoint(submission(0, 3, forged)).status()).isEqualTo(403);
        String garbled = checkpoint(3).noteText(ORIGIN) + "\n\u2014 " + ORIGIN + " not*base64\n";
        assertThat(witness.addCheckpoint(submission(0, 3, garbled)).status()).as("a signature that is not base64")
                .isEqualTo(403);

        assertThat(witness.addCheckpoint("old 4\n\n" + note(3)).status()).as("old size beyond the tree")
                .isEqualTo(400);
        for (String malformed : List.of("", "old 0\n", "old 01\n\n" + note(3), "new 0\n\n" + note(3),
                "old 0\nnot-a-hash\n\n" + note(3), "old 0\n\n" + ORIGIN + "\n3\n")) {
            assertThat(witness.addCheckpoint(malformed).status()).as(malformed).isEqualTo(400);
        }
        assertThat(witness.addCheckpoint(submission(0, 3, note(3))).status()).as("still cosigns").isEqualTo(200);
    }

    @Test
    void refusesMoreThan63ProofLines() {
        grow(2);
        StringBuilder body = new StringBuilder("old 1\n");
        String hash = Base64.getEncoder().encodeToString(new byte[32]);
        body.append((hash + "\n").repeat(Witness.MAX_PROOF_LINES + 1)).append('\n').append(note(2));
        assertThat(witness.addCheckpoint(body.toString()).status()).isEqualTo(400);
    }

    private void grow(int events) {
        for (int i = 0; i < events; i++) {
            leaves.add(MerkleHasher.leafHash(("event " + leaves.size()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Checkpoint checkpoint(long treeSize) {
        byte[] root = MerkleTree.rootHash(leaves.subList(0, (int) treeSize));
        return new Checkpoint(treeSize, Hex.encode(root), NOW, "0123456789abcdef");
    }

    private String note(long treeSize) {
        return log.sign(checkpoint(treeSize).noteText(ORIGIN));
    }

    /** The add-checkpoint body with the proof from the log as it is now. */
    private String submission(long oldSize, long treeSize, String note) {
        StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
        new MerkleTree(index -> leaves.get((int) index)).consistencyProof(oldSize, treeSize)
                .forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
        return body.append('\n').append(note).toString();
    }
}
