package nl.overheid.ailedger.core.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * One version of a policy (a standpunt) or of a law, in force from {@code inForceFrom} up to and including
 * {@code inForceUntil} (open-ended when null). Existing use that still misses one of its rules after
 * {@code transitionDeadline} is overdue.
 *
 * @param sources        the passages its title, scope and dates rest on
 * @param interpretation where the ledger made a choice the sources leave open (a date they do not give, what the
 *                       transition means), said as such
 * @param scope          the scope of every rule that does not name its own
 */
public record RuleSet(
        String id,
        RuleKind kind,
        String title,
        List<PolicySource> sources,
        String interpretation,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        LocalDate transitionDeadline,
        RuleScope scope,
        List<Rule> rules) {

    public RuleSet {
        Objects.requireNonNull(id, "a rule set has an id");
        Objects.requireNonNull(kind, "rule set " + id + " names its kind");
        Objects.requireNonNull(title, "rule set " + id + " has a title");
        Objects.requireNonNull(inForceFrom, "rule set " + id + " names the day it takes effect (inForceFrom)");
        Objects.requireNonNull(scope, "rule set " + id + " has a scope");
        if (inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
            throw new IllegalArgumentException("rule set " + id + " ends before it starts");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        rules = rules == null ? List.of() : rules.stream().map(rule -> rule.withScope(scope)).toList();
        Set<RuleId> named = EnumSet.noneOf(RuleId.class);
        for (Rule rule : rules) {
            if (!named.add(rule.id())) {
                throw new IllegalArgumentException("rule set " + id + " names " + rule.id() + " twice");
            }
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }

    /** This rule set with another transition deadline. */
    RuleSet withTransitionDeadline(LocalDate deadline) {
        return new RuleSet(id, kind, title, sources, interpretation, inForceFrom, inForceUntil, deadline, scope, rules);
    }

    /** This rule set, in force on {@code day} too: its dates stretched to cover it where they do not. */
    RuleSet inForceOnAtLeast(LocalDate day) {
        if (inForceOn(day)) {
            return this;
        }
        return new RuleSet(id, kind, title, sources, interpretation, inForceFrom.isAfter(day) ? day : inForceFrom,
                null, transitionDeadline, scope, rules);
    }

    /** Whether an unmet rule of this set is overdue on {@code date} for use that began before the set took effect. */
    boolean transitionEndedBefore(LocalDate date) {
        return transitionDeadline != null && date.isAfter(transitionDeadline);
    }
}
