package nl.overheid.ailedger.projections.commitments;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;

/** Which commitments to list; a null criterion matches every commitment. */
public record CommitmentFilter(CommitmentStatus status, CommitmentKind kind, ActionLine actionLine, Boolean overdue) {

    public static final CommitmentFilter ALL = new CommitmentFilter(null, null, null, null);

    boolean matches(CommitmentView view) {
        return (status == null || status == view.status())
                && (kind == null || kind == view.kind())
                && (actionLine == null || actionLine == view.actionLine())
                && (overdue == null || overdue == view.overdue());
    }
}
