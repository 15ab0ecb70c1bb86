package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.application.Phase;

/**
 * Judges a generative-AI application in production against R1 to R3 in valid time: only the steps that
 * had occurred by {@code at} count, even when they were reported later.
 */
public final class ComplianceEvaluator {

    private final PolicyCatalogue catalogue;
    private final PolicyGate gate;

    public ComplianceEvaluator(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
        this.gate = new PolicyGate(catalogue);
    }

    /**
     * Existing use (registered as already in production, or in production before the rule set in force
     * at {@code at} took effect) that still misses a requirement after the transition deadline is OVERDUE.
     */
    public Compliance judge(GovernanceRecord record, Phase phase, Instant productionSince,
                            boolean registeredAsExistingUse, Instant at) {
        if (phase != Phase.PRODUCTION || !record.details().generativeAi()) {
            return Compliance.NOT_APPLICABLE;
        }
        List<Rule> unmet = gate.productionRequirements(record, at).stream().map(Violation::rule).toList();
        if (unmet.isEmpty()) {
            return new Compliance(ComplianceStatus.COMPLIANT, unmet);
        }
        boolean overdue = catalogue.inForceAt(at)
                .filter(ruleSet -> ruleSet.transitionDeadline() != null)
                .filter(ruleSet -> PolicyCatalogue.dateOf(at).isAfter(ruleSet.transitionDeadline()))
                .filter(ruleSet -> registeredAsExistingUse
                        || PolicyCatalogue.dateOf(productionSince).isBefore(ruleSet.inForceFrom()))
                .isPresent();
        return new Compliance(overdue ? ComplianceStatus.OVERDUE : ComplianceStatus.NON_COMPLIANT, unmet);
    }
}
