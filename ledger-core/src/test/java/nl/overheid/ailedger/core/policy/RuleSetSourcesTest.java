package nl.overheid.ailedger.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.sources.PolicySources;
import org.junit.jupiter.api.Test;

/**
 * What the ledger presents as policy is quoted from the policy documents: every STANDPUNT or WET rule, and every
 * rule set, names a document of {@code shared/sources} and a passage found in it word for word (whitespace aside).
 * Read from the shipped file itself, so that a rule added without its source fails here.
 */
class RuleSetSourcesTest {

    private final JsonNode ruleSets = shipped().get("ruleSets");

    @Test
    void everyStandpuntOrWetRuleQuotesItsSourceWordForWord() {
        List<String> rules = new ArrayList<>();
        for (JsonNode ruleSet : ruleSets) {
            for (JsonNode rule : ruleSet.get("rules")) {
                String kind = rule.path("kind").asText();
                String where = ruleSet.get("id").asText() + " " + rule.get("id").asText();
                if (!kind.equals(RuleKind.HUISREGEL.name())) {
                    assertQuoted(rule.get("source"), where);
                }
                rules.add(where);
            }
        }
        assertThat(rules).as("the shipped rules").hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyRuleSetRestsOnQuotedPassages() {
        for (JsonNode ruleSet : ruleSets) {
            JsonNode sources = ruleSet.get("sources");
            assertThat(sources).as(ruleSet.get("id").asText() + " names its sources").isNotEmpty();
            sources.forEach(source -> assertQuoted(source, ruleSet.get("id").asText()));
        }
    }

    @Test
    void shipsNoHuisregelAsIfItWerePolicy() {
        for (JsonNode ruleSet : ruleSets) {
            ruleSet.get("rules").forEach(rule -> assertThat(rule.path("kind").asText())
                    .as(ruleSet.get("id").asText() + " " + rule.get("id").asText())
                    .isIn(RuleKind.STANDPUNT.name(), RuleKind.WET.name()));
        }
    }

    private static void assertQuoted(JsonNode source, String where) {
        assertThat(source).as(where + " has a source").isNotNull();
        String document = source.path("document").asText("");
        String passage = source.path("passage").asText("");
        assertThat(document).as(where + " names its document").isNotBlank();
        assertThat(passage).as(where + " quotes a passage").isNotBlank();
        assertThat(PolicySources.quotes(document, passage))
                .as(where + ": \"" + passage + "\" is not found word for word in " + document)
                .isTrue();
    }

    private static JsonNode shipped() {
        try (InputStream in = RuleSetSourcesTest.class.getResourceAsStream("/policy/rulesets.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
