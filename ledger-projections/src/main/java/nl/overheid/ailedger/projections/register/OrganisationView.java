package nl.overheid.ailedger.projections.register;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;

/** An organisation as the register lists it. */
public record OrganisationView(String id, String name, GovernmentLayer layer) {
}
