package nl.overheid.ailedger.projections.register;

import org.springframework.stereotype.Component;

/** The register's tables and the folds over them: what the projection and each of its batches work with. */
@Component
record RegisterTables(RegisterStore store, ApplicationVersions versions, ApplicationSnapshots snapshots,
                      ApplicationFolds folds, FoldedStates foldedStates, RegisterCodec codec) {

    /** Empties the register for a replay. */
    void clear() {
        foldedStates.clear();
        snapshots.clear();
        versions.clear();
        store.clear();
    }
}
