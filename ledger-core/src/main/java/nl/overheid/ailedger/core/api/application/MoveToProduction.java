package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an application into production: the moment the policy gate judges R1 to R3. */
public record MoveToProduction(@TargetAggregateIdentifier String applicationId, Instant occurredAt)
        implements ApplicationCommand {
}
