package nl.overheid.ailedger.projections.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.application.AiApplicationState;
import org.springframework.stereotype.Component;

/**
 * An application's state at a moment, folded from the latest snapshot of it that the moment allows (a version row
 * that keeps its whole state, {@link ApplicationVersions#SNAPSHOT_EVERY}) over the events recorded after it: at most
 * that many events, however long the history. Its state of now is the same fold over everything recorded, so no row
 * holds a copy of it that every event would have to rewrite.
 */
@Component
class ApplicationFolds {

    /** Everything the register holds: all that was recorded, whenever it occurred. */
    static final ReadMoment EVERYTHING = new ReadMoment(ApplicationVersions.OPEN, ApplicationVersions.OPEN);

    private final RegisterStore store;
    private final ApplicationVersions versions;
    private final RegisterCodec codec;

    ApplicationFolds(RegisterStore store, ApplicationVersions versions, RegisterCodec codec) {
        this.store = store;
        this.versions = versions;
        this.codec = codec;
    }

    /** The application as known at {@code moment}; empty when it was not registered by then. */
    Optional<Folded> at(String applicationId, ReadMoment moment) {
        Optional<Folded> snapshot = versions.snapshotAt(applicationId, moment);
        long after = snapshot.map(folded -> folded.state().version()).orElse(-1L);
        List<StoredApplicationEvent> events = store.events(applicationId, after, moment.asOf(), moment.validAt());
        if (snapshot.isEmpty() && (events.isEmpty() || events.get(0).sequence() != 0)) {
            return Optional.empty();
        }
        AiApplicationState state = snapshot.map(Folded::state).orElseGet(AiApplicationState::new);
        Instant lastRecordedAt = snapshot.map(Folded::lastRecordedAt).orElse(Instant.MIN);
        for (StoredApplicationEvent event : events) {
            state.apply(codec.decode(event));
            lastRecordedAt = event.recordedAt().isAfter(lastRecordedAt) ? event.recordedAt() : lastRecordedAt;
        }
        return Optional.of(new Folded(state, lastRecordedAt));
    }

    /** The application with every event the register holds. */
    Optional<Folded> latest(String applicationId) {
        return at(applicationId, EVERYTHING);
    }
}
