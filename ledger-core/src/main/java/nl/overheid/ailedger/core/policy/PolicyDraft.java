package nl.overheid.ailedger.core.policy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A rule set that is not adopted, in the form of the rule sets in force, to see what it would mean: in place of the
 * rule set it {@code replaces}, or beside the rule sets in force when it replaces none. Its rules may be marked
 * {@link PolicySource#DRAFT} instead of quoting a source.
 */
public record PolicyDraft(RuleSet ruleSet, String replaces) {

    /**
     * Reads a draft strictly, as the shipped rule sets are read; {@code transitionDeadline}, when given, replaces
     * the draft's own (the question "what if the deadline moves").
     *
     * @throws InvalidDraft where the draft does not parse, or names an unknown field, condition or role
     */
    public static PolicyDraft read(String ruleSetJson, String replaces, LocalDate transitionDeadline) {
        RuleSet ruleSet;
        try {
            ruleSet = PolicyCatalogue.readRuleSet(ruleSetJson);
        } catch (JsonMappingException invalid) {
            throw new InvalidDraft(where(invalid), invalid.getOriginalMessage());
        } catch (JacksonException | IllegalArgumentException invalid) {
            throw new InvalidDraft("", invalid.getMessage());
        } catch (IOException unreadable) {
            throw new InvalidDraft("", unreadable.getMessage());
        }
        return new PolicyDraft(transitionDeadline == null ? ruleSet : ruleSet.withTransitionDeadline(transitionDeadline),
                replaces);
    }

    /**
     * The catalogue as it would be with this draft in force on {@code day}. A draft is asked about before it is
     * adopted, so it counts as in force that day whatever dates it names: one that starts later counts from that day,
     * and its transition deadline decides what is overdue, as for a rule set in force.
     *
     * @throws InvalidDraft            when it takes the id of another rule set
     * @throws IllegalArgumentException when it replaces a rule set the catalogue does not have
     */
    public PolicyCatalogue applyTo(PolicyCatalogue catalogue, LocalDate day) {
        if (replaces != null && catalogue.ruleSets().stream().noneMatch(ruleSet -> ruleSet.id().equals(replaces))) {
            throw new IllegalArgumentException("no rule set is called " + replaces);
        }
        List<RuleSet> ruleSets = new ArrayList<>(catalogue.ruleSets().stream()
                .filter(ruleSet -> !ruleSet.id().equals(replaces)).toList());
        if (ruleSets.stream().anyMatch(ruleSet -> ruleSet.id().equals(this.ruleSet.id()))) {
            throw new InvalidDraft("id", "a rule set in the catalogue is called " + this.ruleSet.id()
                    + "; a draft that replaces it says so in replaces");
        }
        ruleSets.add(ruleSet.inForceOnAtLeast(day));
        return new PolicyCatalogue(ruleSets);
    }

    private static String where(JsonMappingException invalid) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : invalid.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What is wrong with a draft, and where: a path into the draft ({@code rules[1].when}), empty for all of it. */
    public static final class InvalidDraft extends RuntimeException {

        private final String where;

        InvalidDraft(String where, String reason) {
            super(reason);
            this.where = where;
        }

        public String where() {
            return where;
        }
    }
}
