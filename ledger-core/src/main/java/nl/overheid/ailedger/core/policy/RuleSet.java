package nl.overheid.ailedger.core.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;

/**
 * One version of the policy (a standpunt), in force from {@code inForceFrom} up to and including
 * {@code inForceUntil} (open-ended when null). Each component is the data of one rule:
 * {@code riskAnalyses} R1, {@code signOffs} R2, {@code supplierAgreementWhenContracted} R3,
 * {@code refusedProcurements} R4, {@code explorationWithoutSensitiveData} R5 and
 * {@code prohibitedClassBarredFrom} R6. Existing use that still misses R1 to R3 after
 * {@code transitionDeadline} is overdue.
 */
public record RuleSet(
        String id,
        String title,
        String source,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        LocalDate transitionDeadline,
        List<AnalysisRequirement> riskAnalyses,
        List<SignOffRequirement> signOffs,
        boolean supplierAgreementWhenContracted,
        Set<Procurement> refusedProcurements,
        boolean explorationWithoutSensitiveData,
        Set<Phase> prohibitedClassBarredFrom) {

    public RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(inForceFrom, "inForceFrom of " + id);
        if (inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
            throw new IllegalArgumentException("rule set " + id + " ends before it starts");
        }
        riskAnalyses = riskAnalyses == null ? List.of() : List.copyOf(riskAnalyses);
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
        refusedProcurements = refusedProcurements == null ? Set.of() : Set.copyOf(refusedProcurements);
        prohibitedClassBarredFrom = prohibitedClassBarredFrom == null ? Set.of() : Set.copyOf(prohibitedClassBarredFrom);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }
}
