package nl.overheid.ailedger.core.api.application;

/** Fase of an AI application. SUSPENDED and RETIRED are reached only by events, never registered. */
public enum Phase {
    EXPLORATION, PILOT, PRODUCTION, SUSPENDED, RETIRED
}
