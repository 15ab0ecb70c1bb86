package nl.overheid.ailedger.core.api.application;

/** Risicoklasse under the EU AI Act. */
public enum AiActRiskClass {
    PROHIBITED, HIGH_RISK, LIMITED_RISK, MINIMAL_RISK, UNDETERMINED
}
