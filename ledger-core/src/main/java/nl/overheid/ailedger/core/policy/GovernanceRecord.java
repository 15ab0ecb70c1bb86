package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * What the policy needs to know of an application. Every question about a step is asked "as of" a moment in
 * valid time, because a step only counts when it occurred before the step it enables.
 */
public interface GovernanceRecord {

    String organisationId();

    ApplicationDetails details();

    Phase phase();

    /** When the application last entered production; null when it is not in production. */
    Instant productionSince();

    /** Registered as already in production: use that existed before the ledger recorded it. */
    boolean registeredAsExistingUse();

    /**
     * Whether the organisation (or an admin for it) recorded anything itself, rather than the ledger knowing the
     * application only from observations in a public source; only then can an absent step mean a missing one.
     */
    boolean reportedByOrganisation();

    Set<RiskAnalysisKind> analysisKinds(AnalysisEvidence evidence, Instant by);

    Set<Role> signedOffRoles(Instant by);

    boolean hasSupplierAgreement(Instant by);

    /** The rules for which an exception was granted by {@code by}. */
    Set<RuleId> exceptions(Instant by);
}
