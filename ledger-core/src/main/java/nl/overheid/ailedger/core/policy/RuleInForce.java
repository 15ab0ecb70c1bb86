package nl.overheid.ailedger.core.policy;

/** A rule of a rule set in force on some day. */
public record RuleInForce(RuleSet ruleSet, Rule rule) {
}
