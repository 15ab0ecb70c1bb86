package nl.overheid.ailedger.core.api.application;

/** Kind of risicoanalyse. */
public enum RiskAnalysisKind {
    DPIA, IAMA, FRIA, SECURITY, OTHER
}
