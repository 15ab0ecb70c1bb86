package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.Role;

/**
 * What the policy gate needs to know of an application. Every question is asked "as of" a moment in
 * valid time, because a step only counts when it occurred before the step it enables.
 */
public interface GovernanceRecord {

    ApplicationDetails details();

    Set<RiskAnalysisKind> approvedAnalysisKinds(Instant by);

    Set<Role> signedOffRoles(Instant by);

    boolean hasSupplierAgreement(Instant by);
}
