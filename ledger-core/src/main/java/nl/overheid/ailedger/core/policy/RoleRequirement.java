package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.Role;

/** R2: every one of {@code roles} signed off, and at least {@code atLeast} roles in all. */
public record RoleRequirement(Set<Role> roles, int atLeast) implements Requirement {

    public RoleRequirement {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty() && atLeast < 1) {
            throw new IllegalArgumentException("a role requirement names roles or a least number of them");
        }
    }

    @Override
    public Optional<String> unmetBy(GovernanceRecord application, Instant at) {
        Set<Role> signed = application.signedOffRoles(at);
        List<String> missing = new ArrayList<>();
        roles.stream().filter(role -> !signed.contains(role)).sorted().forEach(role -> missing.add(role.name()));
        if (!missing.isEmpty()) {
            return Optional.of("needs a sign-off by " + String.join(", ", missing));
        }
        if (signed.size() < atLeast) {
            return Optional.of("needs a sign-off by at least " + atLeast + (atLeast == 1 ? " role" : " roles"));
        }
        return Optional.empty();
    }
}
