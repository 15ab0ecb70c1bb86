package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.Procurement;

/** R3: an application procured in one of {@code procurements} needs a recorded supplier agreement. */
public record SupplierAgreementRequirement(Set<Procurement> procurements) implements Requirement {

    public SupplierAgreementRequirement {
        if (procurements == null || procurements.isEmpty()) {
            throw new IllegalArgumentException("a supplier agreement requirement names the procurements it covers");
        }
        procurements = Set.copyOf(procurements);
    }

    @Override
    public Optional<String> unmetBy(GovernanceRecord application, Instant at) {
        Procurement procurement = application.details().procurement();
        if (procurements.contains(procurement) && !application.hasSupplierAgreement(at)) {
            return Optional.of("procured as " + procurement + ", it needs a recorded supplier agreement");
        }
        return Optional.empty();
    }
}
