package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers an application owned by an organisation, in EXPLORATION, PILOT or PRODUCTION (existing use). */
public record RegisterApplication(@TargetAggregateIdentifier String applicationId, String organisationId, Phase phase, ApplicationDetails details, Instant occurredAt)
        implements ApplicationCommand {
}
