package nl.overheid.ailedger.core.api.application;

/** Where a risk analysis stands. */
public enum RiskAnalysisStatus {
    SUBMITTED, APPROVED, REJECTED
}
