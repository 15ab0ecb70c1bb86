package nl.overheid.ailedger.core.api.organisation;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A government organisation was registered. */
@Revision("1")
public record OrganisationRegistered(String organisationId, String name, GovernmentLayer layer, Instant occurredAt) {
}
