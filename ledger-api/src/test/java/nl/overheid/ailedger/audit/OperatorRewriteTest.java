package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.integrity.Checkpoint;
import nl.overheid.ailedger.core.integrity.CheckpointSigner;
import nl.overheid.ailedger.core.integrity.CompactRange;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.core.integrity.MerkleTree;
import nl.overheid.ailedger.core.integrity.SigningKeys;
import nl.overheid.ailedger.projections.sealing.StoredEvent;
import nl.overheid.ailedger.witness.TestWitness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attack that the ledger's own key cannot stop: whoever runs the ledger stops it, changes an event, recomputes
 * every leaf, the tree and each checkpoint's root, signs them all again with the ledger's key, and starts it again.
 * The ledger's own journal check then passes; the witness, which cosigned the original tree, refuses the rewritten
 * one, and the verifier that trusts the witness says so.
 */
class OperatorRewriteTest {

    private static final String ADMIN = "dev-admin-token";

    /** A witness of its own for each test: it remembers the history it saw. */
    private final TestWitness witness = TestWitness.forNewLedgerKey();
    private final Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());

    @BeforeEach
    void witnessedStorage() {
        storage.putAll(witness.ledgerProperties());
        storage.put("ledger.sealing.checkpoint-interval", "200ms");
    }

    @AfterEach
    void stopWitness() {
        witness.close();
    }

    /** Without tampering, a ledger that stops and starts again goes on being witnessed. */
    @Test
    void aRestartedLedgerIsWitnessedAsBefore() {
        long before;
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            Auditor.recordApplication(ledger.client(), ADMIN);
            before = new Auditor(ledger.client(), ADMIN).awaitWitnessed(events(ledger)).get("treeSize").asLong();
        }
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            Auditor.recordApplication(ledger.client(), ADMIN);
            long after = new Auditor(ledger.client(), ADMIN).awaitWitnessed(events(ledger)).get("treeSize").asLong();
            assertThat(after).isGreaterThan(before);
            assertThat(witness.cosignedTreeSize()).isEqualTo(after);
        }
    }

    @Test
    void aHistoryRewrittenAndResignedWithTheLedgersKeyIsNotWitnessed(@TempDir Path exports) throws IOException {
        String applicationId;
        long witnessedSize;
        Path kept;
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            applicationId = Auditor.recordApplication(ledger.client(), ADMIN);
            witnessedSize = new Auditor(ledger.client(), ADMIN).awaitWitnessed(events(ledger)).get("treeSize")
                    .asLong();
            kept = Files.writeString(exports.resolve("kept.note"), checkpointNote(ledger.client()));
        }

        rewriteAndResign(TestStorage.database(storage), applicationId);

        try (RunningLedger ledger = RunningLedger.start(storage)) {
            LedgerClient client = ledger.client();
            Auditor auditor = new Auditor(client, ADMIN);
            JsonNode verification = auditor.json("/verification");
            assertThat(verification.get("finding").isNull())
                    .as("the rewritten journal passes the ledger's own check: %s", verification).isTrue();
            assertThat(verification.get("verifiedCheckpoints").asLong()).isPositive();
            Auditor.recordApplication(client, ADMIN);
            long rewrittenSize = events(ledger);
            auditor.awaitCheckpoint(rewrittenSize);
            awaitAttempts();

            JsonNode latest = auditor.json("/checkpoints/latest");
            assertThat(latest.get("treeSize").asLong()).isEqualTo(rewrittenSize);
            assertThat(latest.get("witnessed").asBoolean()).isFalse();
            assertThat(latest.get("cosignatures")).isEmpty();
            assertThat(witness.vkey().cosignedAt(checkpointNote(client))).isEmpty();
            assertThat(witness.cosignedTreeSize()).as("the witness holds on to the tree it saw")
                    .isEqualTo(witnessedSize);
            assertThat(client.get("/actuator/prometheus", ADMIN).body())
                    .contains("ledger_checkpoint_witnessed{application=\"ai-governance-ledger\"} 0.0");

            String vkey = witness.vkey().vkey();
            assertThat(auditor.verifyOffline(exports)).as("without witnesses").startsWith("0 VERIFIED");
            Path latestNote = Files.writeString(exports.resolve("latest.note"), checkpointNote(client));
            assertThat(auditor.verifyOffline(exports, "--checkpoint", latestNote.toString(), "--witness", vkey))
                    .startsWith("1 VERIFIED").contains("NOT WITNESSED: the checkpoint of tree size " + rewrittenSize
                            + " is not witnessed: it carries 0 valid cosignatures of the 1 witnesses given");
            assertThat(auditor.verifyOffline(exports, "--checkpoint", kept.toString(), "--witness", vkey))
                    .as("the auditor kept the checkpoint the witness cosigned")
                    .contains("NOT WITNESSED: the checkpoint of tree size " + witnessedSize + " (root ")
                    .contains("does not match the journal");
        }
    }

    /** As the operator would: change the registration, then make every hash and signature fit the change again. */
    private void rewriteAndResign(JdbcTemplate jdbc, String applicationId) throws IOException {
        Map<String, Object> registration = jdbc.queryForMap("""
                SELECT event_identifier, payload FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND sequence_number = 0""", applicationId);
        String payload = new String((byte[]) registration.get("payload"), StandardCharsets.UTF_8);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                payload.replace("Woo-verzoeken", "Woo-besluiten").getBytes(StandardCharsets.UTF_8),
                registration.get("event_identifier"));

        List<byte[]> leaves = new ArrayList<>();
        jdbc.query("""
                SELECT l.ledger_sequence, e.global_index, e.event_identifier, e.aggregate_identifier,
                       e.sequence_number, e.payload_type, e.payload, e.meta_data, e.time_stamp
                  FROM sealed_leaf l JOIN domain_event_entry e ON e.global_index = l.global_index
                 ORDER BY l.ledger_sequence""", rs -> {
            StoredEvent event = new StoredEvent(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    rs.getString(6), rs.getBytes(7), rs.getBytes(8), rs.getString(9));
            leaves.add(event.journalLine(rs.getLong(1)).leafHash());
        });
        CompactRange range = CompactRange.empty();
        for (int sequence = 0; sequence < leaves.size(); sequence++) {
            jdbc.update("UPDATE sealed_leaf SET leaf_hash = ? WHERE ledger_sequence = ?", leaves.get(sequence),
                    sequence);
            range.append(leaves.get(sequence));
        }
        jdbc.update("UPDATE sealing_state SET root_hash = ?, subtree_roots = ? WHERE state_id = 1",
                Hex.encode(range.rootHash()), String.join(",", range.exportState().subtreeRoots()));

        CheckpointSigner ledgerKey = new CheckpointSigner(SigningKeys.load(witness.ledgerKeyFile()));
        for (long treeSize : jdbc.queryForList("SELECT tree_size FROM sealing_checkpoint", Long.class)) {
            String root = Hex.encode(MerkleTree.rootHash(leaves.subList(0, (int) treeSize)));
            Checkpoint resigned = new Checkpoint(treeSize, root,
                    jdbc.queryForObject("SELECT signed_at FROM sealing_checkpoint WHERE tree_size = ?",
                            OffsetDateTime.class, treeSize).toInstant(), ledgerKey.keyId());
            jdbc.update("UPDATE sealing_checkpoint SET root_hash = ?, signature = ? WHERE tree_size = ?", root,
                    ledgerKey.sign(resigned), treeSize);
        }
    }

    private static long events(RunningLedger ledger) {
        return Auditor.storedEvents(ledger.bean(JdbcTemplate.class));
    }

    private static String checkpointNote(LedgerClient client) {
        return client.get("/api/v1/audit/checkpoint", null).body();
    }

    /** The schedule asks the witness every 200 ms: a few rounds. */
    private static void awaitAttempts() {
        try {
            Thread.sleep(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
