package nl.overheid.ailedger.core.policy;

import java.util.Objects;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.Role;

/** R2 data: when {@code when} holds, each of {@code roles} must have signed off. */
public record SignOffRequirement(Condition when, Set<Role> roles) {

    public SignOffRequirement {
        Objects.requireNonNull(when, "when");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a sign-off requirement names at least one role");
        }
        roles = Set.copyOf(roles);
    }
}
