package nl.overheid.ailedger.core.policy;

/** How a generative-AI application in production stands against R1 to R3 on a given date. */
public enum ComplianceStatus {
    COMPLIANT,
    NON_COMPLIANT,
    /** Existing use that still misses a requirement after the transition deadline. */
    OVERDUE,
    /** Not in production, or not generative AI: the standpunt's deployment rules do not apply. */
    NOT_APPLICABLE
}
