package nl.overheid.ailedger.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.Test;

/**
 * The policy over HTTP: the rule sets with their sources, refusals that name the passage they rest on, existing
 * use recorded and judged, and the voorlopig standpunt's exception.
 */
class PolicyApiTest extends LedgerHttpTest {

    private static final String EXCEPTION = """
            [{"rule": "R4", "grantedBy": "CIO van het ministerie",
              "justification": "Getoetst: voldoet aan geldende wet- en regelgeving"}]""";

    @Test
    void servesTheRuleSetsInForceOnADayEachRuleWithItsSource() {
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\": \"ANALYST\", \"label\": \"Analist\"}")
                .json().get("token").asText();
        assertThat(ruleSetIds("?at=2024-06-01", analyst)).containsExactly("voorlopig-standpunt-2023");
        assertThat(ruleSetIds("?at=2025-03-01", analyst))
                .containsExactly("voorlopig-standpunt-2023", "ai-verordening-verboden-praktijken");
        assertThat(ruleSetIds("?at=2025-06-01", analyst))
                .containsExactly("ai-verordening-verboden-praktijken", "standpunt-2025");
        assertThat(ruleSetIds("", analyst)).hasSize(3);

        JsonNode standpunt = client.get("/api/v1/policy/rulesets?at=2025-06-01", analyst).json().at("/ruleSets/1");
        assertThat(standpunt.get("transitionDeadline").asText()).isEqualTo("2025-12-31");
        assertThat(standpunt.at("/scope/generativeAiOnly").asBoolean()).isTrue();
        assertThat(standpunt.get("rules").findValuesAsText("id")).containsExactly("R1", "R2", "R3", "R4", "R5");
        standpunt.get("rules").forEach(rule -> {
            assertThat(rule.get("kind").asText()).isEqualTo("STANDPUNT");
            assertThat(rule.at("/source/document").asText()).isEqualTo("2025-03-05-beslisnota-overheidsbreed-standpunt.txt");
            assertThat(rule.at("/source/passage").asText()).isNotBlank();
            assertThat(rule.at("/scope/layers").size()).isEqualTo(6);
        });
        assertThat(standpunt.at("/rules/1/atLeast").asInt()).as("R2 names no roles: at least one").isEqualTo(1);
        assertThat(client.get("/api/v1/policy/rulesets?at=gisteren", analyst).status()).isEqualTo(400);
    }

    @Test
    void namesTheKindRuleSetAndPassageOfEveryRuleARefusalRestsOn() {
        String gemeente = organisation("GEMEENTE");
        Response refused = client.post("/api/v1/applications", gemeente,
                registration("PILOT", "CONSUMER_TERMS", "2025-06-02T09:00:00Z", null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode violation = refused.json().at("/violations/0");
        assertThat(violation.get("rule").asText()).isEqualTo("R4");
        assertThat(violation.get("kind").asText()).isEqualTo("STANDPUNT");
        assertThat(violation.get("ruleSet").asText()).isEqualTo("standpunt-2025");
        assertThat(violation.get("title").asText()).isEqualTo("Geen gebruik onder consumentenvoorwaarden");
        assertThat(violation.at("/source/passage").asText()).contains("onder consumentenvoorwaarden");
        assertThat(violation.get("message").asText()).isEqualTo("procurement CONSUMER_TERMS is not allowed");
    }

    @Test
    void recordsExistingUseUnderConsumerTermsAndJudgesIt() {
        String gemeente = organisation("GEMEENTE");
        Response existing = client.post("/api/v1/applications", gemeente,
                registration("PRODUCTION", "CONSUMER_TERMS", "2025-06-02T09:00:00Z", null));
        assertThat(existing.status()).as(existing.body()).isEqualTo(201);
        JsonNode compliance = existing.json().get("compliance");
        assertThat(compliance.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(compliance.get("unmet").toString()).isEqualTo("[\"R1\",\"R2\",\"R4\"]");
        String id = existing.json().get("id").asText();
        JsonNode midYear = client.get("/api/v1/applications/" + id + "?validAt=2025-09-01T00:00:00Z", ADMIN).json();
        assertThat(midYear.at("/compliance/status").asText()).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void recordsTheExceptionOfTheVoorlopigStandpuntWithWhoGrantedItAndWhy() {
        String ministry = organisation("RIJK");
        String inJune2024 = "2024-06-03T09:00:00Z";
        Response refused = client.post("/api/v1/applications", ministry,
                registration("EXPLORATION", "CONSUMER_TERMS", inJune2024, null));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().at("/violations/0/ruleSet").asText()).isEqualTo("voorlopig-standpunt-2023");

        Response granted = client.post("/api/v1/applications", ministry,
                registration("EXPLORATION", "CONSUMER_TERMS", inJune2024, EXCEPTION));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().at("/exceptions/0/grantedBy").asText()).isEqualTo("CIO van het ministerie");
        assertThat(granted.json().get("version").asLong()).isEqualTo(1);

        String gemeente = organisation("GEMEENTE");
        Response notAllowed = client.post("/api/v1/applications", gemeente,
                registration("EXPLORATION", "CONSUMER_TERMS", "2025-06-02T09:00:00Z", EXCEPTION));
        assertThat(notAllowed.status()).as("no rule in force allows an exception").isEqualTo(409);
        Response unknownRule = client.post("/api/v1/applications", gemeente, registration("EXPLORATION",
                "OWN_DEVELOPMENT", "2025-06-02T09:00:00Z", EXCEPTION.replace("R4", "R9")));
        assertThat(unknownRule.status()).isEqualTo(400);
        assertThat(unknownRule.json().get("invalidParams").findValuesAsText("name").toString()).contains("rule");
    }

    private List<String> ruleSetIds(String query, String token) {
        Response response = client.get("/api/v1/policy/rulesets" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("ruleSets").forEach(ruleSet -> ids.add(ruleSet.get("id").asText()));
        return ids;
    }

    private String organisation(String layer) {
        return client.createOrganisation(ADMIN, "org-" + UUID.randomUUID().toString().substring(0, 8), layer);
    }

    private static String registration(String phase, String procurement, String occurredAt, String exceptions) {
        return """
                {"name": "Chatassistent", "purpose": "Teksten", "phase": "%s", "generativeAi": true,
                 "procurement": "%s", "personalData": false, "sensitiveData": false,
                 "aiActRiskClass": "MINIMAL_RISK", %s "occurredAt": "%s"}"""
                .formatted(phase, procurement, exceptions == null ? "" : "\"exceptions\": " + exceptions + ",",
                        occurredAt);
    }
}
