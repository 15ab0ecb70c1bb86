package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.history.HistoryFold;
import nl.overheid.ailedger.projections.history.HistoryJson;

/**
 * An application's events fold into its {@link ApplicationState}, the aggregate's own; a snapshot is that state's own
 * JSON. A snapshot is a cache of the fold: a change of its shape is handled by a replay, never by migrating rows.
 */
final class ApplicationFold implements HistoryFold<ApplicationState, ApplicationEvent> {

    @Override
    public ApplicationState initial() {
        return ApplicationState.NONE;
    }

    @Override
    public ApplicationState fold(ApplicationState state, ApplicationEvent event) {
        return state.fold(event);
    }

    @Override
    public long version(ApplicationState state) {
        return state.version();
    }

    @Override
    public Instant occurredUntil(ApplicationState state) {
        return state.lastOccurredAt();
    }

    @Override
    public String encode(ApplicationState state) {
        return HistoryJson.write(state);
    }

    @Override
    public ApplicationState decode(String state) {
        return HistoryJson.read(state, ApplicationState.class);
    }
}
