package nl.overheid.ailedger.projections.commitments;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.commitment.CommitmentState;

/** Which commitments to list; a null criterion matches every commitment. */
public record CommitmentFilter(CommitmentStatus status, CommitmentKind kind, ActionLine actionLine, Boolean overdue) {

    public static final CommitmentFilter ALL = new CommitmentFilter(null, null, null, null);

    boolean matches(RegisteredCommitment commitment) {
        CommitmentState state = commitment.state();
        return (status == null || status == state.status())
                && (kind == null || kind == state.registration().kind())
                && (actionLine == null || actionLine == state.registration().actionLine())
                && (overdue == null || overdue == commitment.overdue());
    }
}
