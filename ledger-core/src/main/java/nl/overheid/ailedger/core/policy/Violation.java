package nl.overheid.ailedger.core.policy;

/** One unmet rule, with what is missing. */
public record Violation(Rule rule, String message) {
}
