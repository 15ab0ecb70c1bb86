package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.Role;

/**
 * Judges a step of an application against the rule set in force on the day the step occurred.
 * It reports every unmet rule, in rule order. Before the first rule set, nothing is refused.
 */
public final class PolicyGate {

    private final PolicyCatalogue catalogue;

    public PolicyGate(PolicyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Entering {@code target} at {@code at}; entering PRODUCTION is where R1 to R3 are judged. */
    public List<Violation> toEnter(Phase target, GovernanceRecord record, Instant at) {
        List<Violation> violations = toRemainIn(target, record.details(), at);
        if (target == Phase.PRODUCTION) {
            violations.addAll(productionRequirements(record, at));
            violations.sort((a, b) -> a.rule().compareTo(b.rule()));
        }
        return violations;
    }

    /**
     * Being in {@code phase} with these details: the rules that hold in every phase (R4), in exploration
     * (R5) and for prohibited practices (R6). Registration as existing use and amendments are judged so.
     */
    public List<Violation> toRemainIn(Phase phase, ApplicationDetails details, Instant at) {
        List<Violation> violations = new ArrayList<>();
        catalogue.inForceAt(at).ifPresent(ruleSet -> {
            if (ruleSet.refusedProcurements().contains(details.procurement())) {
                violations.add(new Violation(Rule.R4,
                        "procurement " + details.procurement() + " is not allowed in any phase"));
            }
            if (phase == Phase.EXPLORATION && ruleSet.explorationWithoutSensitiveData() && details.sensitiveData()) {
                violations.add(new Violation(Rule.R5, "an exploration may not process sensitive data"));
            }
            if (details.aiActRiskClass() == AiActRiskClass.PROHIBITED
                    && ruleSet.prohibitedClassBarredFrom().contains(phase)) {
                violations.add(new Violation(Rule.R6,
                        "a prohibited AI practice may not enter " + phase));
            }
        });
        return violations;
    }

    /** R1 to R3 as they stand at {@code at}: what a move to production on that moment would miss. */
    public List<Violation> productionRequirements(GovernanceRecord record, Instant at) {
        List<Violation> violations = new ArrayList<>();
        catalogue.inForceAt(at).ifPresent(ruleSet -> {
            ApplicationDetails details = record.details();
            missingAnalyses(ruleSet, record, at, details).ifPresent(violations::add);
            missingSignOffs(ruleSet, record, at, details).ifPresent(violations::add);
            if (ruleSet.supplierAgreementWhenContracted() && details.procurement() == Procurement.CONTRACTED
                    && !record.hasSupplierAgreement(at)) {
                violations.add(new Violation(Rule.R3,
                        "a contracted application needs a recorded supplier agreement before production"));
            }
        });
        return violations;
    }

    private static Optional<Violation> missingAnalyses(RuleSet ruleSet, GovernanceRecord record,
                                                                 Instant at, ApplicationDetails details) {
        Set<RiskAnalysisKind> approved = record.approvedAnalysisKinds(at);
        List<String> missing = ruleSet.riskAnalyses().stream()
                .filter(requirement -> requirement.when().holdsFor(details))
                .filter(requirement -> requirement.anyOf().stream().noneMatch(approved::contains))
                .map(requirement -> describe(requirement.anyOf()))
                .distinct()
                .toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(Rule.R1,
                "needs an approved risk analysis before production: " + String.join("; ", missing)));
    }

    private static Optional<Violation> missingSignOffs(RuleSet ruleSet, GovernanceRecord record,
                                                                 Instant at, ApplicationDetails details) {
        Set<Role> signed = record.signedOffRoles(at);
        Set<Role> missing = EnumSet.noneOf(Role.class);
        ruleSet.signOffs().stream()
                .filter(requirement -> requirement.when().holdsFor(details))
                .forEach(requirement -> requirement.roles().stream()
                        .filter(role -> !signed.contains(role))
                        .forEach(missing::add));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(Rule.R2,
                "needs sign-off before production by " + missing.stream().map(Role::name)
                        .collect(Collectors.joining(", "))));
    }

    private static String describe(Set<RiskAnalysisKind> anyOf) {
        return anyOf.stream().sorted().map(RiskAnalysisKind::name).collect(Collectors.joining(" or "));
    }
}
