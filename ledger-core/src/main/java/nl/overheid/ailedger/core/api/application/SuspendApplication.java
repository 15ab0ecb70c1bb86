package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suspends the use of an application. */
public record SuspendApplication(@TargetAggregateIdentifier String applicationId, String reason, Instant occurredAt)
        implements ApplicationCommand {
}
