package nl.overheid.ailedger.core.api.application;

/** Severity of a reported incident. */
public enum IncidentSeverity {
    LOW, MEDIUM, HIGH, SERIOUS
}
