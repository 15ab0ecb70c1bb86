package nl.overheid.ailedger.core.api.organisation;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a government organisation that may report on its AI applications. */
public record RegisterOrganisation(String organisationId, String name, GovernmentLayer layer, Instant occurredAt) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return OrganisationIds.aggregateId(organisationId);
    }
}
