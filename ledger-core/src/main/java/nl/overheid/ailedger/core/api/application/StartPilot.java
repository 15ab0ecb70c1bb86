package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves an application from exploration into a pilot. */
public record StartPilot(@TargetAggregateIdentifier String applicationId, Instant occurredAt)
        implements ApplicationCommand {
}
