package nl.overheid.ailedger.core.api.application;

/**
 * What the Algoritmeregister reports of an impact assessment of the application ({@code impactassessment}: Ja, Nee,
 * Onbekend): an observed fact, kept as the register states it.
 */
public enum ImpactAssessment {
    YES, NO, UNKNOWN
}
