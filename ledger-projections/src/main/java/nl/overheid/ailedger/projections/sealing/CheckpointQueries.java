package nl.overheid.ailedger.projections.sealing;

import java.time.Instant;
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
    private final CheckpointNotes notes;

    CheckpointQueries(SealingStore store, CheckpointNotes notes) {
        this.store = store;
        this.notes = notes;
    }

    public Optional<SignedCheckpoint> latest() {
        return store.latestCheckpoint();
    }

    /** The newest checkpoint signed at or before {@code moment}: what an answer as of that moment rests on. */
    public Optional<CheckpointRef> latestAt(Instant moment) {
        return store.latestCheckpointSignedBy(moment)
                .map(checkpoint -> new CheckpointRef(checkpoint.treeSize(), checkpoint.rootHash(),
                        notes.isWitnessed(checkpoint)));
    }

    /** Every checkpoint, oldest (smallest tree) first. */
    public List<SignedCheckpoint> all() {
        return store.checkpoints();
    }
}
