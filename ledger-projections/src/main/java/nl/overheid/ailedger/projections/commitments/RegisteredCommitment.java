package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.commitment.CommitmentState;

/**
 * A commitment as its recorded events make it: its state, its events in sequence order, when the latest was
 * recorded, and whether it was overdue on the day asked about. The commitments read model answers with it, and so
 * does the event store for the answer to a write.
 */
public record RegisteredCommitment(CommitmentState state, List<Recorded> events, Instant lastRecordedAt,
                                   boolean overdue) {

    /** Folds {@code events}, the commitment's from its registration on, in sequence order; overdue on {@code day}. */
    public static RegisteredCommitment of(List<Recorded> events, LocalDate day) {
        CommitmentState state = CommitmentState.NONE;
        for (Recorded recorded : events) {
            state = state.fold(recorded.event());
        }
        Instant lastRecordedAt = events.stream().map(Recorded::recordedAt).max(Comparator.naturalOrder())
                .orElseThrow();
        return new RegisteredCommitment(state, List.copyOf(events), lastRecordedAt, state.overdueOn(day));
    }

    /** One event of the commitment with its number, its id and when the ledger recorded it. */
    public record Recorded(long sequence, String eventId, Instant recordedAt, CommitmentEvent event) {
    }
}
