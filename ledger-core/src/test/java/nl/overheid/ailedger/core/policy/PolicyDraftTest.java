package nl.overheid.ailedger.core.policy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A draft is read as strictly as the rule sets in force, and takes the place of the rule set it replaces. */
class PolicyDraftTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final String SCOPE = """
            "scope": {"layers": ["RIJK", "GEMEENTE"], "generativeAiOnly": true}""";
    private static final String DRAFT = """
            {"id": "standpunt-2027", "kind": "STANDPUNT", "title": "Ontwerp", "inForceFrom": "%s",
             "transitionDeadline": "2027-12-31", %s,
             "rules": [
               {"id": "R1", "kind": "STANDPUNT", "title": "Risicoanalyse", "source": "DRAFT", "phases": ["PRODUCTION"],
                "when": "%s", "kinds": ["DPIA"], "evidence": "APPROVED"},
               {"id": "R2", "kind": "STANDPUNT", "title": "Rollen", "source": "DRAFT", "phases": ["PRODUCTION"],
                "roles": ["%s"], "atLeast": 1}]}""";
    /** A second R2, which a rule set may not have: each rule once. */
    private static final String R2_AGAIN = """
            {"id": "R2", "kind": "STANDPUNT", "title": "Nog eens rollen", "source": "DRAFT", "phases": ["PRODUCTION"],
             "roles": ["CIO"], "atLeast": 1}""";

    @Test
    void readsRulesMarkedAsDraftInsteadOfQuotingASource() {
        PolicyDraft draft = PolicyDraft.read(draft("2027-01-01", "ALWAYS", "FG"), "standpunt-2025", null);

        assertThat(draft.ruleSet().rules()).allSatisfy(rule -> assertThat(rule.source().marksDraft()).isTrue());
        assertThat(draft.ruleSet().transitionDeadline()).isEqualTo("2027-12-31");
        assertThat(PolicyDraft.read(draft("2027-01-01", "ALWAYS", "FG"), null, LocalDate.parse("2028-06-30"))
                .ruleSet().transitionDeadline()).as("the deadline asked for").isEqualTo("2028-06-30");
    }

    @Test
    void saysWhereADraftIsWrong() {
        assertInvalid(draft("2027-01-01", "ALTIJD", "FG"), "rules[0].when");
        assertInvalid(draft("2027-01-01", "ALWAYS", "KONING"), "rules[1].roles[0]");
        assertInvalid(draft("2027-01-01", "ALWAYS", "FG").replace("\"source\": \"DRAFT\"", "\"source\": \"later\""),
                "rules[0]");
        assertInvalid(draft("2027-01-01", "ALWAYS", "FG").replace("\"title\": \"Ontwerp\"",
                "\"title\": \"Ontwerp\", \"kleur\": \"oranje\""), "kleur");
        assertThatThrownBy(() -> PolicyDraft.read(draft("2027-01-01", "ALWAYS", "FG").replace("\"title\": \"Ontwerp\",",
                ""), null, null)).hasMessageContaining("rule set standpunt-2027 has a title");
        assertInvalid(draft("2027-01-01", "ALWAYS", "FG").replace(", \"source\": \"DRAFT\"", ""), "rules[0]");
        assertInvalid(draft("2027-01-01", "ALWAYS", "FG").replace("\"atLeast\": 1", "\"atLeast\": \"1\""),
                "rules[1].atLeast");
        assertInvalid(draft("2027-01-01", "ALWAYS", "FG").replace("\"rules\": [", "\"rules\": [" + R2_AGAIN + ","),
                "");
        assertInvalid("{\"id\": ", "");
    }

    @Test
    void isNeverReadAsARuleSetInForce() {
        String catalogue = "{\"ruleSets\": [" + draft("2027-01-01", "ALWAYS", "FG") + "]}";

        assertThatThrownBy(() -> PolicyCatalogue.read(new ByteArrayInputStream(catalogue.getBytes(UTF_8))))
                .hasMessageContaining("rule R1 of standpunt-2027 is a draft");
    }

    @Test
    void takesThePlaceOfTheRuleSetItReplacesAndIsInForceOnTheDayAskedAbout() {
        PolicyCatalogue standard = PolicyCatalogue.standard();
        PolicyDraft draft = PolicyDraft.read(draft("2027-01-01", "ALWAYS", "FG"), "standpunt-2025", null);

        PolicyCatalogue simulated = draft.applyTo(standard, TODAY);

        assertThat(simulated.inForceOn(TODAY)).extracting(RuleSet::id)
                .containsExactly("ai-verordening-verboden-praktijken", "standpunt-2027");
        assertThat(simulated.inForceOn(TODAY).get(1).inForceFrom()).as("counted from the day asked about")
                .isEqualTo(TODAY);
        assertThat(standard.inForceOn(TODAY)).extracting(RuleSet::id)
                .containsExactly("ai-verordening-verboden-praktijken", "standpunt-2025");
        assertThat(PolicyDraft.read(draft("2026-01-01", "ALWAYS", "FG"), null, null).applyTo(standard, TODAY)
                .inForceOn(TODAY)).as("beside the rule sets in force").hasSize(3);
    }

    @Test
    void refusesADraftWithTheIdOfARuleSetItDoesNotReplace() {
        PolicyDraft draft = PolicyDraft.read(draft("2027-01-01", "ALWAYS", "FG").replace("standpunt-2027",
                "standpunt-2025"), null, null);

        assertThatThrownBy(() -> draft.applyTo(PolicyCatalogue.standard(), TODAY))
                .isInstanceOfSatisfying(PolicyDraft.InvalidDraft.class, invalid ->
                        assertThat(invalid.where()).isEqualTo("id"));
    }

    private static String draft(String inForceFrom, String condition, String role) {
        return DRAFT.formatted(inForceFrom, SCOPE, condition, role);
    }

    private static void assertInvalid(String json, String where) {
        assertThatThrownBy(() -> PolicyDraft.read(json, null, null))
                .isInstanceOfSatisfying(PolicyDraft.InvalidDraft.class, invalid ->
                        assertThat(invalid.where()).as(invalid.getMessage()).isEqualTo(where));
    }
}
