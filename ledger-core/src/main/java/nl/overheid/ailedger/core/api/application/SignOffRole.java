package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a role (CIO, FG, ...) signed off on the application. */
public record SignOffRole(@TargetAggregateIdentifier String applicationId, Role role, String signedBy, Instant occurredAt)
        implements ApplicationCommand {
}
