package nl.overheid.ailedger.core.policy;

import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * An unmet rule as people are shown it, in a refusal, on an application and in a report: what is missing, and
 * where the rule comes from (its kind, its rule set and the passage it rests on).
 */
public record UnmetRule(RuleId rule, RuleKind kind, String title, String message, String ruleSet,
                        PolicySource source, String interpretation) {

    public static UnmetRule of(Violation violation) {
        Rule rule = violation.rule();
        return new UnmetRule(rule.id(), rule.kind(), rule.title(), violation.message(), violation.ruleSet().id(),
                rule.source(), rule.interpretation());
    }
}
