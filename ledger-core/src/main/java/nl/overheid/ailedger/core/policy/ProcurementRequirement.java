package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.Procurement;

/** R4: none of {@code refusedProcurements}, such as use under consumer terms. */
public record ProcurementRequirement(Set<Procurement> refusedProcurements) implements Requirement {

    public ProcurementRequirement {
        if (refusedProcurements == null || refusedProcurements.isEmpty()) {
            throw new IllegalArgumentException("a procurement requirement names the procurements it refuses");
        }
        refusedProcurements = Set.copyOf(refusedProcurements);
    }

    @Override
    public Optional<String> unmetBy(GovernanceRecord application, Instant at) {
        Procurement procurement = application.details().procurement();
        return refusedProcurements.contains(procurement)
                ? Optional.of("procurement " + procurement + " is not allowed")
                : Optional.empty();
    }
}
