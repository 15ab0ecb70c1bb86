package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an application out of use for good. */
public record RetireApplication(@TargetAggregateIdentifier String applicationId, String reason, Instant occurredAt)
        implements ApplicationCommand {
}
