package nl.overheid.ailedger.core.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * One rule of a rule set, with everything it asks and where that comes from. It binds applications in its
 * {@code scope}, in its {@code phases}, when {@code when} holds; {@code requirement} is what it asks. In JSON its
 * requirement's fields sit beside the others, so that removing a rule from a rule set removes all it requires.
 *
 * @param source         the passage it rests on; required for a STANDPUNT or WET rule, or {@link PolicySource#DRAFT}
 *                       in a draft
 * @param interpretation one or two sentences where the ledger reads a vague passage one way, and why
 * @param scope          null in a rule set's file means the scope of the rule set
 * @param exceptionAllowed whether a granted exception (who granted it, why) satisfies it
 */
@JsonDeserialize(using = RuleReader.class)
public record Rule(
        RuleId id,
        RuleKind kind,
        String title,
        PolicySource source,
        String interpretation,
        RuleScope scope,
        Set<Phase> phases,
        Condition when,
        boolean exceptionAllowed,
        @JsonUnwrapped Requirement requirement) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of " + id);
        Objects.requireNonNull(title, "title of " + id);
        if (kind != RuleKind.HUISREGEL && (source == null || source.passage() == null && !source.marksDraft())) {
            throw new IllegalArgumentException("rule " + id + " is " + kind
                    + ": it quotes the passage it rests on, or is marked DRAFT");
        }
        if (phases == null || phases.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " names the phases in which it binds");
        }
        phases = Set.copyOf(phases);
        when = when == null ? Condition.ALWAYS : when;
        if (!Requirement.typeOf(id).isInstance(requirement)) {
            throw new IllegalArgumentException("rule " + id + " asks for " + Requirement.typeOf(id).getSimpleName());
        }
    }

    Rule withScope(RuleScope ruleSetScope) {
        return scope != null ? this : new Rule(id, kind, title, source, interpretation, ruleSetScope, phases, when,
                exceptionAllowed, requirement);
    }

    /** What {@code application} misses at {@code at}; empty when the rule holds or does not apply to it. */
    Optional<String> unmetBy(GovernanceRecord application, Instant at) {
        if (!when.holdsFor(application.details())
                || exceptionAllowed && application.exceptions(at).contains(id)) {
            return Optional.empty();
        }
        return requirement.unmetBy(application, at);
    }
}
