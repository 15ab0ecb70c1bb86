package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Optional;

import nl.overheid.ailedger.core.api.policy.RuleId;

/** What one rule asks of an application, as data of a rule set. */
public sealed interface Requirement permits RiskAnalysisRequirement, RoleRequirement, SupplierAgreementRequirement,
        ProcurementRequirement, RefusedWhen {

    /** What the application misses at {@code at} (valid time), or empty when the requirement holds. */
    Optional<String> unmetBy(GovernanceRecord application, Instant at);

    /** The form of a rule's data in a rule set. */
    static Class<? extends Requirement> typeOf(RuleId rule) {
        return switch (rule) {
            case R1 -> RiskAnalysisRequirement.class;
            case R2 -> RoleRequirement.class;
            case R3 -> SupplierAgreementRequirement.class;
            case R4 -> ProcurementRequirement.class;
            case R5, R6 -> RefusedWhen.class;
        };
    }
}
