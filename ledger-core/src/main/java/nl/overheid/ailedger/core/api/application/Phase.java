package nl.overheid.ailedger.core.api.application;

/**
 * Fase of an AI application. SUSPENDED and RETIRED are reached by events; an organisation never registers in
 * them, though a registration observed in the Algoritmeregister may already be RETIRED.
 */
public enum Phase {
    EXPLORATION, PILOT, PRODUCTION, SUSPENDED, RETIRED
}
