package nl.overheid.ailedger.projections.sealing;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.overheid.ailedger.core.integrity.Checkpoint;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint of the sealed tree when it has grown since the last one.
 *
 * <p>Only the node whose sealing processor holds the sealing segment signs. The tree head it signs is read from the
 * database, where the sealing processor committed it, so a checkpoint from any node would be a true statement; the
 * claim merely keeps one signer at a time, and the checkpoint table (one row per tree size, only larger sizes
 * accepted) makes a rare double signing during a hand-over harmless.
 */
@Component
public class CheckpointSigning {

    private static final int SEALING_SEGMENT = 0;
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSigning.class);

    private final SealingStore store;
    private final SealingKey key;
    private final SealingKeyHistory keys;
    private final EventProcessingConfiguration processing;
    private final Clock clock;

    CheckpointSigning(SealingStore store, SealingKey key, SealingKeyHistory keys,
                      EventProcessingConfiguration processing, Clock clock) {
        this.store = store;
        this.key = key;
        this.keys = keys;
        this.processing = processing;
        this.clock = clock;
    }

    /** The new checkpoint, or empty when this node does not seal or nothing was sealed since the last one. */
    public Optional<SignedCheckpoint> signIfDue() {
        if (!holdsSealingSegment()) {
            return Optional.empty();
        }
        if (!keys.isCurrent()) {
            LOG.error("This node's signing key {} is not the ledger's newest: it signs no checkpoint. Give every "
                    + "node the key of the last rotation", key.keyId());
            return Optional.empty();
        }
        TreeHead head = store.treeHead();
        long signedSize = store.latestCheckpoint().map(SignedCheckpoint::treeSize).orElse(0L);
        if (head.treeSize() <= signedSize) {
            return Optional.empty();
        }
        // Microseconds: what the checkpoint table stores, so the stored checkpoint is exactly the signed one.
        Checkpoint checkpoint = new Checkpoint(head.treeSize(), head.rootHash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), key.keyId());
        SignedCheckpoint signed = key.sign(checkpoint);
        return store.saveCheckpoint(signed) ? Optional.of(signed) : Optional.empty();
    }

    private boolean holdsSealingSegment() {
        return processing.eventProcessor(SealingProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().containsKey(SEALING_SEGMENT))
                .orElse(false);
    }
}
