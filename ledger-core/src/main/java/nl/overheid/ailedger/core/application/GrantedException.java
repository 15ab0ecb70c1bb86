package nl.overheid.ailedger.core.application;

import java.time.Instant;

import nl.overheid.ailedger.core.api.policy.RuleId;

/** An exception to a rule granted for an application: by whom, why and when. */
public record GrantedException(RuleId rule, String grantedBy, String justification, Instant occurredAt) {
}
