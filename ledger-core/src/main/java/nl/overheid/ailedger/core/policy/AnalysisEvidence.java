package nl.overheid.ailedger.core.policy;

/** What counts as a risk analysis done: recorded and not rejected, or approved. */
public enum AnalysisEvidence {
    /** Submitted and not rejected by the moment judged. */
    PERFORMED,
    /** Approved by the moment judged. */
    APPROVED
}
