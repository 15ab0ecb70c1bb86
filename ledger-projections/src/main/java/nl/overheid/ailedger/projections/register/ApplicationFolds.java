package nl.overheid.ailedger.projections.register;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.application.ApplicationState;
import org.springframework.stereotype.Component;

/**
 * An application's state at a moment, folded from the latest snapshot of it that the moment allows
 * ({@link ApplicationSnapshots}) over the events after it: fewer than {@link ApplicationSnapshots#EVERY} events before
 * the next snapshot, however long the history. Its state of now is the same fold over everything recorded, so no row
 * holds a copy of it that every event would have to rewrite.
 *
 * <p>A snapshot may be used at ({@code asOf}, {@code validAt}) when it was recorded by {@code asOf} and every event it
 * folds had occurred by {@code validAt}. Events are recorded in sequence order, so none at or after a snapshot recorded
 * after {@code asOf} is read.
 */
@Component
class ApplicationFolds {

    /** Everything the register holds: all that was recorded, whenever it occurred. */
    static final ReadMoment EVERYTHING = new ReadMoment(ApplicationVersions.OPEN, ApplicationVersions.OPEN);

    private final RegisterStore store;
    private final ApplicationSnapshots snapshots;
    private final RegisterCodec codec;

    ApplicationFolds(RegisterStore store, ApplicationSnapshots snapshots, RegisterCodec codec) {
        this.store = store;
        this.snapshots = snapshots;
        this.codec = codec;
    }

    /** The application as known at {@code moment}; empty when it was not registered by then. */
    Optional<Folded> at(String applicationId, ReadMoment moment) {
        ApplicationSnapshots.Mark from = null;
        long before = Long.MAX_VALUE;
        for (ApplicationSnapshots.Mark mark : snapshots.marks(applicationId)) {
            if (mark.recordedAt().isAfter(moment.asOf())) {
                before = Math.min(before, mark.sequence());
            } else if (!mark.occurredUntil().isAfter(moment.validAt())) {
                from = mark;
            }
        }
        long after = from == null ? -1 : from.sequence();
        List<StoredApplicationEvent> events = store.events(applicationId, after, before, moment.asOf(),
                moment.validAt());
        if (from == null && (events.isEmpty() || events.get(0).sequence() != 0)) {
            return Optional.empty();
        }
        ApplicationState state = from == null ? ApplicationState.NONE : snapshots.state(applicationId, after);
        Instant lastRecordedAt = from == null ? Instant.MIN : from.recordedAt();
        for (StoredApplicationEvent event : events) {
            state = state.fold(codec.decode(event));
            lastRecordedAt = event.recordedAt().isAfter(lastRecordedAt) ? event.recordedAt() : lastRecordedAt;
        }
        return Optional.of(new Folded(state, lastRecordedAt));
    }

    /** The application with every event the register holds. */
    Optional<Folded> latest(String applicationId) {
        return at(applicationId, EVERYTHING);
    }
}
