package nl.overheid.ailedger.core.api.policy;

/**
 * The rules the policy gate knows: R1 a risk analysis, R2 the roles involved, R3 supplier agreements when
 * procured, R4 no refused way of procurement (consumer terms), R5 nothing sensitive in an exploration, R6 no
 * prohibited AI practice. A rule set gives each its data and its provenance.
 */
public enum RuleId {
    R1, R2, R3, R4, R5, R6
}
