package nl.overheid.ailedger.core.api.application;

import nl.overheid.ailedger.core.api.policy.RuleId;

/** An exception to a rule granted at the registration of an application: who granted it and why. */
public record ExceptionGrant(RuleId rule, String grantedBy, String justification) {
}
