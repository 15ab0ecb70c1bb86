package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.commitment.CommitmentState;

/**
 * A commitment as the read model knows it at a moment: its state, its events (as stored, and as read) in sequence
 * order, when the latest was recorded, and whether it was overdue on the day of the moment's valid time.
 */
public record RegisteredCommitment(CommitmentState state, List<Recorded> events, Instant lastRecordedAt,
                                   boolean overdue) {

    /** One event of the commitment: the row that keeps it, and the event it holds. */
    public record Recorded(StoredCommitmentEvent row, CommitmentEvent event) {
    }
}
