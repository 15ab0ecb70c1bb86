package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * R5 and R6: in the rule's phases, an application for which {@code refusedWhen} holds is not allowed (sensitive
 * data in an exploration, a prohibited AI practice).
 */
public record RefusedWhen(Condition refusedWhen) implements Requirement {

    public RefusedWhen {
        Objects.requireNonNull(refusedWhen, "refusedWhen");
    }

    @Override
    public Optional<String> unmetBy(GovernanceRecord application, Instant at) {
        return refusedWhen.holdsFor(application.details())
                ? Optional.of("not allowed with " + refusedWhen.name().toLowerCase().replace('_', ' '))
                : Optional.empty();
    }
}
