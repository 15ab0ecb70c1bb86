package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import nl.overheid.ailedger.core.api.policy.RuleId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records an exception to a rule granted for the application: who granted it and the justification. */
public record GrantPolicyException(@TargetAggregateIdentifier String applicationId, RuleId rule, String grantedBy,
                                   String justification, Instant occurredAt) implements ApplicationCommand {
}
