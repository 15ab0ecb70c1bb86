package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Amends registration details (not the id, not the phase). */
public record AmendDetails(@TargetAggregateIdentifier String applicationId, DetailsAmendment amendment, Instant occurredAt)
        implements ApplicationCommand {
}
