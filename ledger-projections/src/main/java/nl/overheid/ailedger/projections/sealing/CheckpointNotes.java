package nl.overheid.ailedger.projections.sealing;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** The latest checkpoint as the log publishes it to standard tools: a C2SP tlog-checkpoint signed note. */
@Service
public class CheckpointNotes {

    private final SealingStore store;
    private final SealingKey key;

    CheckpointNotes(SealingStore store, SealingKey key) {
        this.store = store;
        this.key = key;
    }

    /** Empty until the first checkpoint is signed. */
    public Optional<String> latest() {
        return store.latestCheckpoint().map(key::signedNote);
    }
}
