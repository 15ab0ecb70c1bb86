package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.overheid.ailedger.audit.WitnessProperties.ConfiguredWitness;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import nl.overheid.ailedger.projections.sealing.CheckpointNotes;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.projections.sealing.Cosignature;
import nl.overheid.ailedger.projections.sealing.JournalQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gets the latest checkpoint cosigned by the configured witnesses (c2sp.org/tlog-witness) and says whether it is
 * witnessed: cosigned by a quorum of them. A witness cosigns only a tree that extends the last one it cosigned, so a
 * history rewritten by whoever holds the ledger's key stays unwitnessed.
 */
@Component
class CheckpointWitnessing implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointWitnessing.class);
    private static final String TREE_SIZE = "text/x.tlog.size";

    private final List<ConfiguredWitness> witnesses;
    private final CheckpointQueries checkpoints;
    private final CheckpointNotes notes;
    private final JournalQueries journal;
    private final WitnessClient client = new WitnessClient();
    /** Per witness, the tree size it last cosigned for this ledger, as it said. */
    private final Map<String, Long> witnessedSizes = new ConcurrentHashMap<>();

    CheckpointWitnessing(WitnessProperties properties, CheckpointQueries checkpoints, CheckpointNotes notes,
                         JournalQueries journal) {
        this.witnesses = properties.witnesses();
        this.checkpoints = checkpoints;
        this.notes = notes;
        this.journal = journal;
    }

    /** A checkpoint, with whether it is witnessed and the cosignatures that count: flat, as the audit API shows it. */
    record WitnessedCheckpoint(@JsonUnwrapped SignedCheckpoint checkpoint, boolean witnessed,
                               List<Cosignature> cosignatures) {
    }

    Optional<WitnessedCheckpoint> latest() {
        return checkpoints.latest().map(checkpoint -> new WitnessedCheckpoint(checkpoint,
                notes.isWitnessed(checkpoint), notes.validCosignatures(checkpoint)));
    }

    /**
     * The latest checkpoint as a C2SP signed note with the ledger's signature and the cosignatures that count; empty
     * until one is signed.
     */
    Optional<String> latestNote() {
        return checkpoints.latest().map(notes::cosignedNote);
    }

    /** Asks each witness that has not cosigned the latest checkpoint to cosign it. */
    void witnessLatest() {
        SignedCheckpoint latest = checkpoints.latest().orElse(null);
        if (latest == null) {
            return;
        }
        List<String> cosigned = notes.validCosignatures(latest).stream().map(Cosignature::name).toList();
        for (ConfiguredWitness witness : witnesses) {
            if (!cosigned.contains(witness.key().name())) {
                try {
                    submit(witness, latest);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Could not reach witness {} at {}: {}", witness.key().name(), witness.url(), e.toString());
                }
            }
        }
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("ledger.checkpoint.witnessed", this,
                        witnessing -> witnessing.latest().map(WitnessedCheckpoint::witnessed).orElse(false) ? 1 : 0)
                .description("1 when the latest checkpoint is cosigned by a quorum of the configured witnesses, "
                        + "0 when it is not witnessed").register(meters);
    }

    private void submit(ConfiguredWitness witness, SignedCheckpoint checkpoint) throws IOException {
        String name = witness.key().name();
        String note = notes.signedNote(checkpoint);
        long oldSize = witnessedSizes.computeIfAbsent(name, n -> notes.latestCosignedTreeSize(n).orElse(0L));
        // A second attempt when the witness says it holds another size than this node thought.
        for (int attempt = 0; attempt < 2; attempt++) {
            if (oldSize > checkpoint.treeSize()) {
                LOG.error("Witness {} cosigned a tree of size {}, larger than the latest checkpoint ({}): the "
                        + "sealed history is shorter than the one it saw", name, oldSize, checkpoint.treeSize());
                return;
            }
            WitnessClient.Answer answer = client.addCheckpoint(witness.url(), oldSize,
                    journal.consistencyPath(oldSize, checkpoint.treeSize()), note);
            if (answer.status() == 409 && answer.contentType().startsWith(TREE_SIZE)) {
                oldSize = Long.parseLong(answer.body().trim());
                witnessedSizes.put(name, oldSize);
                continue;
            }
            if (answer.status() == 200) {
                keep(witness, checkpoint, note, answer.body());
            } else {
                LOG.warn("Witness {} refused the checkpoint of tree size {} ({}): {}", name, checkpoint.treeSize(),
                        answer.status(), answer.body().trim());
            }
            return;
        }
    }

    private void keep(ConfiguredWitness witness, SignedCheckpoint checkpoint, String note, String signatureLines) {
        for (String line : signatureLines.split("\n")) {
            Optional<Instant> cosignedAt = witness.key().cosignedAt(note + line + "\n");
            if (cosignedAt.isPresent()) {
                notes.saveCosignature(checkpoint.treeSize(),
                        new Cosignature(witness.key().name(), cosignedAt.get(), line + "\n"));
                witnessedSizes.put(witness.key().name(), checkpoint.treeSize());
                return;
            }
        }
        LOG.warn("Witness {} answered without a valid cosignature of the checkpoint of tree size {}",
                witness.key().name(), checkpoint.treeSize());
    }
}
