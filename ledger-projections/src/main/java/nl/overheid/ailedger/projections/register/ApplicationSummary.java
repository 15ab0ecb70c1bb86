package nl.overheid.ailedger.projections.register;

import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.Compliance;
import nl.overheid.ailedger.projections.history.ReadMoment;

/**
 * What the register's list filters on and the monitor counts, of one application at one {@link ReadMoment}.
 * {@code layer} is null when the owning organisation is not registered.
 */
public record ApplicationSummary(
        String applicationId,
        String organisationId,
        GovernmentLayer layer,
        Phase phase,
        ApplicationDetails details,
        Compliance compliance) {
}
