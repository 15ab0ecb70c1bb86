package nl.overheid.ailedger.core.policy;

import java.util.Objects;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;

/** R1 data: when {@code when} holds, an approved analysis of one of the kinds in {@code anyOf} is needed. */
public record AnalysisRequirement(Condition when, Set<RiskAnalysisKind> anyOf) {

    public AnalysisRequirement {
        Objects.requireNonNull(when, "when");
        if (anyOf == null || anyOf.isEmpty()) {
            throw new IllegalArgumentException("an analysis requirement names at least one kind");
        }
        anyOf = Set.copyOf(anyOf);
    }
}
