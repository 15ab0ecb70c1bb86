package nl.overheid.ailedger.projections.sealing;

import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.springframework.stereotype.Service;

/**
 * The checkpoints as the log publishes them to standard tools: C2SP tlog-checkpoint signed notes, with the
 * cosignatures witnesses gave them.
 */
@Service
public class CheckpointNotes {

    private final SealingStore store;
    private final SealingKey key;

    CheckpointNotes(SealingStore store, SealingKey key) {
        this.store = store;
        this.key = key;
    }

    /** The checkpoint as the ledger signed it, without cosignatures: what a witness is asked to cosign. */
    public String signedNote(SignedCheckpoint checkpoint) {
        return key.signedNote(checkpoint);
    }

    public List<Cosignature> cosignatures(long treeSize) {
        return store.cosignatures(treeSize);
    }

    /** Keeps a witness's cosignature; false when that witness's cosignature of the tree size is there already. */
    public boolean saveCosignature(long treeSize, Cosignature cosignature) {
        return store.saveCosignature(treeSize, cosignature);
    }

    /** The largest tree size the named witness has cosigned for this ledger, if any. */
    public Optional<Long> latestCosignedTreeSize(String witness) {
        return store.latestCosignedTreeSize(witness);
    }
}
