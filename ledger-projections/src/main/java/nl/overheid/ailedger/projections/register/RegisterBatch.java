package nl.overheid.ailedger.projections.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.ProcessingBatch;
import nl.overheid.ailedger.projections.history.Folded;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.HistoryJson;
import nl.overheid.ailedger.projections.history.StateHistory;

/**
 * The register's writes for the application events of one processing batch: each application is folded in memory
 * over its events in the batch, and the events (into the applications' history), the version rows, the ends of the versions they supersede, the
 * snapshots and the current facts are written with a few batched statements when the batch commits.
 */
final class RegisterBatch implements ProcessingBatch.Work {

    private final RegisterTables tables;
    private final Map<String, Application> applications = new LinkedHashMap<>();
    private final List<HistoryEvent> events = new ArrayList<>();
    private final List<VersionRow> newVersions = new ArrayList<>();
    private final List<VersionEnd> superseded = new ArrayList<>();
    private final List<StateHistory.Snapshot> snapshots = new ArrayList<>();

    RegisterBatch(RegisterTables tables) {
        this.tables = tables;
    }

    /** Folds the event; an event the register holds already (a redelivery) changes nothing. */
    void add(ApplicationEvent event, HistoryEvent stored) {
        Application application = applications.computeIfAbsent(stored.entityId(),
                id -> load(id, stored.sequence()));
        ApplicationState state = application.state;
        if (stored.sequence() <= state.version()) {
            return;
        }
        if (!state.isRegistered() && !(event instanceof ApplicationRegistered)) {
            throw new IllegalStateException("event " + stored.sequence() + " of " + stored.entityId()
                    + " before its registration");
        }
        if (state.isRegistered()) {
            supersedeLatest(application, stored.recordedAt());
        }
        state = state.fold(event);
        application.state = state;
        application.lastRecordedAt = stored.recordedAt();
        application.latestVersion = newVersions.size();
        newVersions.add(VersionRow.current(state.applicationId(), state.version(), state.organisationId(),
                stored.recordedAt(), state.lastOccurredAt(), HistoryJson.write(ApplicationFacts.of(state))));
        tables.history().snapshotAfter(stored.entityId(), state, stored.recordedAt()).ifPresent(snapshots::add);
        events.add(stored);
    }

    @Override
    public void flush() {
        tables.history().events().append(events);
        tables.versions().supersede(superseded);
        tables.versions().insert(newVersions);
        tables.history().keep(snapshots);
        List<Folded<ApplicationState>> changed = new ArrayList<>();
        List<Folded<ApplicationState>> created = new ArrayList<>();
        applications.values().stream().filter(application -> application.latestVersion >= 0).forEach(application ->
                (application.stored ? changed : created).add(application.folded()));
        tables.store().updateCurrent(changed);
        tables.store().insertCurrent(created);
    }

    @Override
    public void committed() {
        applications.values().stream().filter(application -> application.state.isRegistered())
                .forEach(application -> tables.foldedStates().put(application.folded()));
        tables.commits().committed();
    }

    private Application load(String applicationId, long sequence) {
        return tables.foldedStates().take(applicationId, sequence)
                .or(() -> tables.history().latest(applicationId))
                .map(folded -> new Application(folded.state(), folded.lastRecordedAt(), true))
                .orElseGet(() -> new Application(ApplicationState.NONE, null, false));
    }

    /** The application's latest version ends where its next event was recorded. */
    private void supersedeLatest(Application application, Instant recordedAt) {
        if (application.latestVersion >= 0) {
            newVersions.set(application.latestVersion, newVersions.get(application.latestVersion)
                    .supersededAt(recordedAt));
        } else {
            superseded.add(VersionEnd.of(application.state.applicationId(), application.state.version(),
                    application.lastRecordedAt, recordedAt));
        }
    }

    /** An application as this batch folds it. */
    private static final class Application {

        ApplicationState state;
        /** Whether the register holds a current row of it already. */
        final boolean stored;
        Instant lastRecordedAt;
        /** Where its latest version is in {@code newVersions}; -1 while this batch added none. */
        int latestVersion = -1;

        Application(ApplicationState state, Instant lastRecordedAt, boolean stored) {
            this.state = state;
            this.lastRecordedAt = lastRecordedAt;
            this.stored = stored;
        }

        Folded<ApplicationState> folded() {
            return new Folded<>(state, lastRecordedAt);
        }
    }
}
