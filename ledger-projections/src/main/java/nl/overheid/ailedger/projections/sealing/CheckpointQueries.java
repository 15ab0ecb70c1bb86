package nl.overheid.ailedger.projections.sealing;

import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.springframework.stereotype.Service;

/**
 * The signed checkpoints. {@link #latest()} is the provenance that reports state: the tree size and root hash of the
 * sealed history they were built from.
 */
@Service
public class CheckpointQueries {

    private final SealingStore store;

    CheckpointQueries(SealingStore store) {
        this.store = store;
    }

    public Optional<SignedCheckpoint> latest() {
        return store.latestCheckpoint();
    }

    /** Every checkpoint, oldest (smallest tree) first. */
    public List<SignedCheckpoint> all() {
        return store.checkpoints();
    }
}
