package nl.overheid.ailedger.projections.register;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.springframework.stereotype.Component;

/** The register's tables and the history they are folds of: what the projection and each of its batches work with. */
@Component
record RegisterTables(RegisterStore store, ApplicationVersions versions,
                      StateHistory<ApplicationState, ApplicationEvent> history, FoldedStates foldedStates,
                      RegisterCommits commits) {

    /** Empties the register for a replay. */
    void clear() {
        foldedStates.clear();
        history.clear();
        versions.clear();
        store.clear();
    }
}
