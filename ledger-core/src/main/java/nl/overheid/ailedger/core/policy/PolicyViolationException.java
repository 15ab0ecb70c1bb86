package nl.overheid.ailedger.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A command refused by the policy gate; it carries every unmet rule, not only the first. */
public class PolicyViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public PolicyViolationException(List<Violation> violations) {
        super("Refused by the policy in force: " + violations.stream()
                .map(v -> v.rule().id().name())
                .collect(Collectors.joining(", ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
