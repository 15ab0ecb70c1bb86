package nl.overheid.ailedger.core.policy;

/** One unmet rule of a rule set, with what is missing. */
public record Violation(RuleSet ruleSet, Rule rule, String message) {
}
