package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;

/** R1: a risk analysis of one of {@code kinds} (any kind when empty), counted as {@code evidence} says. */
public record RiskAnalysisRequirement(Set<RiskAnalysisKind> kinds, AnalysisEvidence evidence) implements Requirement {

    public RiskAnalysisRequirement {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public Optional<String> unmetBy(GovernanceRecord application, Instant at) {
        Set<RiskAnalysisKind> done = application.analysisKinds(evidence, at);
        boolean met = kinds.isEmpty() ? !done.isEmpty() : kinds.stream().anyMatch(done::contains);
        if (met) {
            return Optional.empty();
        }
        String which = kinds.isEmpty() ? "a risk analysis" : "a risk analysis of kind "
                + kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(" or "));
        String counted = evidence == AnalysisEvidence.APPROVED ? "approved" : "submitted and not rejected";
        return Optional.of("needs " + which + ", " + counted);
    }
}
