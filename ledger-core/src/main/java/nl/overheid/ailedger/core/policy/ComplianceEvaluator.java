package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;

/**
 * Judges an application in production against the rules in force for it, in valid time: only the steps that had
 * occurred by {@code at} count, even when they were reported later.
 *
 * <ul>
 *   <li>NOT_APPLICABLE: not in production, or no rule binds it; and where only law binds it and it breaks none,
 *   because the ledger checks one article of the law, not all of it;</li>
 *   <li>UNKNOWN: a standpunt or huisregel binds it but the ledger knows it only from observations (an import), so
 *   an absent step says nothing;</li>
 *   <li>OVERDUE: it misses a rule whose transition period has ended, and its use began before that rule set took
 *   effect (registered as existing use, or in production since before);</li>
 *   <li>NON_COMPLIANT, COMPLIANT otherwise.</li>
 * </ul>
 */
public final class ComplianceEvaluator {

    private final PolicyCatalogue catalogue;

    public ComplianceEvaluator(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code layer}: of the application's organisation, null when the ledger does not know it. */
    public Compliance judge(GovernanceRecord application, GovernmentLayer layer, Instant at) {
        if (application.phase() != Phase.PRODUCTION) {
            return Compliance.NOT_APPLICABLE;
        }
        List<Rule> binding = catalogue.inScope(application, layer, at).stream().map(RuleInForce::rule)
                .filter(rule -> rule.phases().contains(Phase.PRODUCTION)).toList();
        boolean policyBinds = binding.stream().anyMatch(rule -> rule.kind() != RuleKind.WET);
        if (binding.isEmpty()) {
            return Compliance.NOT_APPLICABLE;
        }
        if (policyBinds && !application.reportedByOrganisation()) {
            return Compliance.UNKNOWN;
        }
        List<Violation> unmet = catalogue.unmet(Phase.PRODUCTION, application, layer, at);
        if (unmet.isEmpty()) {
            return policyBinds ? new Compliance(ComplianceStatus.COMPLIANT, unmet) : Compliance.NOT_APPLICABLE;
        }
        LocalDate day = PolicyCatalogue.dateOf(at);
        boolean overdue = unmet.stream().map(Violation::ruleSet).anyMatch(ruleSet ->
                ruleSet.transitionEndedBefore(day) && (application.registeredAsExistingUse()
                        || PolicyCatalogue.dateOf(application.productionSince()).isBefore(ruleSet.inForceFrom())));
        return new Compliance(overdue ? ComplianceStatus.OVERDUE : ComplianceStatus.NON_COMPLIANT, unmet);
    }
}
