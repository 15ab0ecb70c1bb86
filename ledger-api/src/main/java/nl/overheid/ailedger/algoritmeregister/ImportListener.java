package nl.overheid.ailedger.algoritmeregister;

import java.time.Duration;

import nl.overheid.ailedger.core.algoritmeregister.SnapshotFile;

/** Told of each snapshot file once it is imported, for example to show progress. */
@FunctionalInterface
public interface ImportListener {

    void imported(SnapshotFile file, ImportResult result, Duration took);
}
