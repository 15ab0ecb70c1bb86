package nl.overheid.ailedger.policy;

import static nl.overheid.ailedger.LedgerHttpTest.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A draft rule set judged against the register, over HTTP, on a ledger of its own (the counts cover the whole store).
 * Eight generative-AI applications of three organisations, reported in two batches; every expected answer is worked
 * out by hand below, for today (after the standpunt's transition deadline of 2025-12-31):
 *
 * <pre>
 * app org        history (valid time)                                        today
 * P1  min-a RIJK PILOT 2024-05-01, analysis, CIO + FG, PRODUCTION 2024-07-01  COMPLIANT
 * P2  min-a      PILOT 2025-05-01, analysis, CIO, PRODUCTION 2025-06-01       COMPLIANT (no FG)
 * P3  gem-b      existing use 2025-05-01, procured, analysis, CIO             OVERDUE: R3 only
 * P4  gem-b      existing use 2025-05-01, procured, nothing else              OVERDUE: R1 R2 R3
 * P5  prov-c     PILOT 2025-05-01, analysis, FG, PRODUCTION 2025-06-01        COMPLIANT
 * P6  prov-c     PILOT 2025-05-01                                             not applicable
 * P7  gem-b      existing use 2025-05-01, not generative AI                   not applicable
 * P8  min-a      existing use 2024-03-01, reported late (batch 2)             OVERDUE: R1 R2
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicySimulationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIMULATIONS = "/api/v1/policy/simulations";
    private static final String LATE_2024 = "2024-12-01T12:00:00Z";
    private static final String MID_2025 = "2025-06-30T12:00:00Z";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private LedgerClient client;
    private String analyst;
    private final Map<String, String> tokens = new HashMap<>();
    private Instant afterBatch1;

    @DynamicPropertySource
    static void ownLedger(DynamicPropertyRegistry registry) {
        TestStorage.fresh().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ledger.sealing.checkpoint-interval", () -> "500ms");
    }

    @BeforeAll
    void reportTheApplicationsInTwoBatches() throws InterruptedException {
        client = new LedgerClient("http://localhost:" + port);
        analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\": \"ANALYST\", \"label\": \"Analist BZK\"}")
                .json().get("token").asText();
        tokens.put("min-a", client.createOrganisation(ADMIN, "min-a", "RIJK"));
        tokens.put("gem-b", client.createOrganisation(ADMIN, "gem-b", "GEMEENTE"));
        tokens.put("prov-c", client.createOrganisation(ADMIN, "prov-c", "PROVINCIE"));

        register("min-a", 1, "PILOT", true, "OWN_DEVELOPMENT", "2024-05-01");
        analysis(1, "2024-06-01");
        signOff(1, "CIO", "2024-06-10");
        signOff(1, "FG", "2024-06-10");
        step(1, "MovedToProduction", "", "2024-07-01");
        register("min-a", 2, "PILOT", true, "OWN_DEVELOPMENT", "2025-05-01");
        analysis(2, "2025-05-10");
        signOff(2, "CIO", "2025-05-12");
        step(2, "MovedToProduction", "", "2025-06-01");
        register("gem-b", 3, "PRODUCTION", true, "CONTRACTED", "2025-05-01");
        analysis(3, "2025-06-01");
        signOff(3, "CIO", "2025-06-05");
        register("gem-b", 4, "PRODUCTION", true, "CONTRACTED", "2025-05-01");
        register("prov-c", 5, "PILOT", true, "OWN_DEVELOPMENT", "2025-05-01");
        analysis(5, "2025-05-10");
        signOff(5, "FG", "2025-05-12");
        step(5, "MovedToProduction", "", "2025-06-01");
        register("prov-c", 6, "PILOT", true, "OWN_DEVELOPMENT", "2025-05-01");
        register("gem-b", 7, "PRODUCTION", false, "OWN_DEVELOPMENT", "2025-05-01");
        afterBatch1 = Instant.now();

        register("min-a", 8, "PRODUCTION", true, "OWN_DEVELOPMENT", "2024-03-01");
        ProjectionsCaughtUp.await(client, ADMIN);
        awaitEverythingSealed();
    }

    @Test
    void theRuleSetsInForceSubmittedAsADraftChangeNothing() {
        for (String at : List.of("", "&asOf=" + afterBatch1 + "&validAt=" + LATE_2024, "&validAt=" + MID_2025)) {
            String day = at.contains(LATE_2024) ? "2024-12-01" : at.isEmpty() ? null : "2025-06-30";
            for (JsonNode ruleSet : ruleSetsInForce(day)) {
                JsonNode answer = simulate(request(ruleSet, ruleSet.get("id").asText(), at));
                assertThat(answer.get("after")).as(ruleSet.get("id") + at).isEqualTo(answer.get("before"));
                assertThat(answer.at("/changed/total").asLong()).isZero();
                answer.get("byRule").forEach(rule -> assertThat(rule.get("after")).isEqualTo(rule.get("before")));
            }
        }
        JsonNode today = simulate(request(standpunt(), "standpunt-2025", ""));
        assertThat(today.get("before")).isEqualTo(counts(3, 0, 3, 0));
        assertThat(today.at("/byRule/R3/before").asLong()).isEqualTo(2);
    }

    @Test
    void aDraftWithoutR3MakesExactlyTheApplicationsThatMissedOnlyR3Compliant() {
        ObjectNode draft = standpunt();
        removeRule(draft, "R3");

        JsonNode answer = simulate(request(draft, "standpunt-2025", ""));

        List<String> onlyR3 = new ArrayList<>();
        client.get("/api/v1/applications?pageSize=500", analyst).json().get("items").forEach(application -> {
            if (application.at("/compliance/unmet").toString().equals("[\"R3\"]")) {
                onlyR3.add(application.get("id").asText());
            }
        });
        assertThat(onlyR3).containsExactly(app(3));
        assertThat(answer.at("/changed/items").findValuesAsText("applicationId")).isEqualTo(onlyR3);
        JsonNode p3 = answer.at("/changed/items/0");
        assertThat(p3.get("before").asText()).isEqualTo("OVERDUE");
        assertThat(p3.get("after").asText()).isEqualTo("COMPLIANT");
        assertThat(p3.get("unmetBefore").toString()).isEqualTo("[\"R3\"]");
        assertThat(p3.get("unmetAfter").toString()).isEqualTo("[]");
        assertThat(answer.get("after")).isEqualTo(counts(4, 0, 2, 0));
        assertThat(answer.at("/byRule/R3")).isEqualTo(JSON.createObjectNode().put("before", 2).put("after", 0));
        assertThat(answer.at("/byLayer/GEMEENTE/after")).isEqualTo(counts(1, 0, 1, 0));
        assertThat(answer.at("/byOrganisation/0/organisationId").asText()).isEqualTo("gem-b");
        assertThat(answer.at("/byOrganisation/0/changed").asLong()).isEqualTo(1);
        assertThat(answer.get("byOrganisation")).hasSize(1);
    }

    @Test
    void aDraftThatAsksForTheFgMakesExactlyTheCompliantApplicationsWithoutItsSignOffNonCompliant() {
        ObjectNode draft = standpunt();
        ObjectNode r2 = rule(draft, "R2");
        r2.putArray("roles").add("FG");
        r2.put("source", "DRAFT");

        JsonNode answer = simulate(request(draft, "standpunt-2025", ""));

        assertThat(answer.at("/changed/items").findValuesAsText("applicationId")).containsExactly(app(2));
        assertThat(answer.at("/changed/items/0/after").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(answer.at("/changed/items/0/unmetAfter").toString()).isEqualTo("[\"R2\"]");
        assertThat(answer.get("after")).isEqualTo(counts(2, 1, 3, 0));
        assertThat(answer.at("/byRule/R2")).as("P3, overdue before, now misses R2 too")
                .isEqualTo(JSON.createObjectNode().put("before", 2).put("after", 4));
    }

    @Test
    void answersForAPastMomentWhatTheMonitorSaidThenUnderTheRuleSetThenInForce() {
        for (String at : List.of("asOf=" + afterBatch1 + "&validAt=" + LATE_2024, "validAt=" + LATE_2024,
                "asOf=" + afterBatch1 + "&validAt=" + MID_2025, "validAt=" + MID_2025)) {
            String day = at.contains(LATE_2024) ? "2024-12-01" : "2025-06-30";
            JsonNode inForce = ruleSetsInForce(day).get(ruleSetsInForce(day).size() - 1);
            JsonNode monitor = client.get("/api/v1/monitor?" + at, analyst).json();
            JsonNode answer = simulate(request(inForce, inForce.get("id").asText(), "&" + at));
            assertThat(answer.get("before")).as(at).isEqualTo(monitor.get("compliance"));
            assertThat(answer.get("after")).as(at).isEqualTo(monitor.get("compliance"));
            assertThat(answer.get("checkpoint")).as(at).isEqualTo(monitor.get("checkpoint"));
            assertThat(answer.get("validAt")).isEqualTo(monitor.get("validAt"));
        }
        assertThat(simulate(request(voorlopigStandpunt(), "voorlopig-standpunt-2023",
                "&asOf=" + afterBatch1 + "&validAt=" + LATE_2024)).get("before")).isEqualTo(counts(1, 0, 0, 0));
        assertThat(simulate(request(voorlopigStandpunt(), "voorlopig-standpunt-2023", "&validAt=" + LATE_2024))
                .get("before")).as("P8, reported late, is known now").isEqualTo(counts(1, 1, 0, 0));
    }

    @Test
    void movingTheDeadlineTurnsOverdueUseIntoUseThatStillMissesARule() {
        ObjectNode body = request(standpunt(), "standpunt-2025", "");
        body.put("transitionDeadline", "2027-12-31");

        JsonNode answer = simulate(body);

        assertThat(answer.get("after")).isEqualTo(counts(3, 3, 0, 0));
        assertThat(answer.at("/changed/items").findValuesAsText("applicationId"))
                .containsExactly(app(3), app(4), app(8));
        assertThat(answer.at("/draft/transitionDeadline").asText()).isEqualTo("2027-12-31");
    }

    @Test
    void countsOnlyTheApplicationsTheFiltersLetThrough() {
        ObjectNode draft = standpunt();
        removeRule(draft, "R3");
        ObjectNode gemeenten = request(draft, "standpunt-2025", "");
        gemeenten.putObject("filters").put("layer", "GEMEENTE");
        JsonNode ofGemeenten = simulate(gemeenten);
        assertThat(ofGemeenten.get("before")).isEqualTo(counts(0, 0, 2, 0));
        assertThat(ofGemeenten.at("/filters/layer").asText()).isEqualTo("GEMEENTE");
        assertThat(client.post(SIMULATIONS, analyst, gemeenten.toString(), Map.of("Accept", "text/markdown")).body())
                .contains("Geteld: bestuurslaag Gemeenten");
        ObjectNode provincie = request(draft, "standpunt-2025", "");
        provincie.putObject("filters").put("organisationId", "prov-c").put("generativeAi", true);
        JsonNode answer = simulate(provincie);
        assertThat(answer.get("before")).isEqualTo(counts(1, 0, 0, 0));
        assertThat(answer.at("/changed/total").asLong()).isZero();
    }

    @Test
    void pagesTheChangedApplicationsAndOffersThemAsCsvAndTheSummaryAsDutchMarkdown() {
        ObjectNode body = request(standpunt(), "standpunt-2025", "");
        body.put("transitionDeadline", "2027-12-31");
        JsonNode second = client.post(SIMULATIONS + "?page=2&pageSize=2", analyst, body.toString()).json();
        assertThat(second.at("/changed/items").findValuesAsText("applicationId")).containsExactly(app(8));
        assertThat(second.at("/changed/total").asLong()).isEqualTo(3);

        Response csv = client.post(SIMULATIONS, analyst, body.toString(), Map.of("Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFFToepassing,Organisatie,Bestuurslaag,Oordeel nu");
        assertThat(lines.get(1)).startsWith(app(3) + ",gem-b,GEMEENTE,Voldoet niet na de overgangstermijn,Voldoet niet,"
                + "OVERDUE,NON_COMPLIANT,R3,R3,");

        ObjectNode r2 = rule((ObjectNode) body.get("draft"), "R2");
        r2.put("source", "DRAFT");
        Response markdown = client.post(SIMULATIONS, analyst, body.toString(), Map.of("Accept", "text/markdown"));
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.header("Content-Type")).startsWith("text/markdown").contains("UTF-8");
        assertThat(markdown.body()).startsWith("# Beleidsverkenning: ")
                .contains("in plaats van de regelset standpunt-2025", "Overgangstermijn: tot en met 31 december 2027",
                        "Ontwerp (DRAFT): nog zonder bron", "| Voldoet niet na de overgangstermijn | 3 | 0 | −3 |",
                        "| Voldoet niet | 0 | 3 | +3 |", "3 toepassingen.", "Controlepunt: boomgrootte ", "Geteld: alle toepassingen",
                        "| Standpunt | In gebruik |");
    }

    @Test
    void refusesADraftThatDoesNotParseAndSaysWhere() {
        assertInvalid("{\"replaces\": \"standpunt-2025\"}", "draft");
        assertInvalid("{\"draft\": [1, 2]}", "draft");
        ObjectNode unknownRole = standpunt();
        ((ArrayNode) rule(unknownRole, "R2").putArray("roles")).add("KONING");
        assertInvalid(request(unknownRole, "standpunt-2025", "").toString(), "draft.rules[1].roles[0]");
        ObjectNode unknownCondition = standpunt();
        rule(unknownCondition, "R1").put("when", "ALTIJD");
        assertInvalid(request(unknownCondition, "standpunt-2025", "").toString(), "draft.rules[0].when");
        ObjectNode unknownField = standpunt();
        unknownField.put("kleur", "oranje");
        assertInvalid(request(unknownField, "standpunt-2025", "").toString(), "draft.kleur");
        ObjectNode withoutSource = standpunt();
        rule(withoutSource, "R4").remove("source");
        assertInvalid(request(withoutSource, "standpunt-2025", "").toString(), "draft.rules[3]");
        assertInvalid(request(standpunt(), "standpunt-2030", "").toString(), "replaces");
        assertInvalid(request(standpunt(), null, "").toString(), "draft.id");
        assertInvalid("{\"draft\": {\"id\": ", "body");
        assertThat(client.post(SIMULATIONS, tokens.get("min-a"), request(standpunt(), null, "").toString()).status())
                .as("an organisation does not simulate policy").isEqualTo(403);
    }

    @Test
    void writesNothing() throws InterruptedException {
        Map<String, Long> before = rowCounts();
        ObjectNode body = request(standpunt(), "standpunt-2025", "");
        body.put("transitionDeadline", "2027-12-31");

        simulate(body);
        client.post(SIMULATIONS, analyst, body.toString(), Map.of("Accept", "text/csv"));
        client.post(SIMULATIONS, analyst, body.toString(), Map.of("Accept", "text/markdown"));
        client.post(SIMULATIONS, ADMIN, body.toString(), Map.of("Idempotency-Key", "verkenning-1"));
        client.post(SIMULATIONS, analyst, "{\"draft\": {}}");
        Thread.sleep(1_500);

        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Every table's rows, and the event store's last global index; on H2 and PostgreSQL alike. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = 'public'"
                + " AND table_type = 'BASE TABLE'", String.class).forEach(table -> counts.put(
                table.toLowerCase(Locale.ROOT), jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class)));
        counts.put("last global index", jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry",
                Long.class));
        assertThat(counts).containsKeys("domain_event_entry", "application_event", "idempotency_record");
        return counts;
    }

    private void assertInvalid(String body, String where) {
        Response refused = client.post(SIMULATIONS, analyst, body);
        assertThat(refused.status()).as(body + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().at("/invalidParams/0/name").asText()).as(refused.body()).isEqualTo(where);
    }

    private JsonNode simulate(JsonNode body) {
        Response answer = client.post(SIMULATIONS, analyst, body.toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static ObjectNode request(JsonNode draft, String replaces, String at) {
        ObjectNode request = JSON.createObjectNode();
        request.set("draft", draft.deepCopy());
        request.put("replaces", replaces);
        for (String parameter : at.split("&")) {
            if (!parameter.isEmpty()) {
                request.put(parameter.substring(0, parameter.indexOf('=')),
                        parameter.substring(parameter.indexOf('=') + 1));
            }
        }
        return request;
    }

    private List<JsonNode> ruleSetsInForce(String day) {
        List<JsonNode> ruleSets = new ArrayList<>();
        client.get("/api/v1/policy/rulesets?at=" + (day == null ? java.time.LocalDate.now() : day), analyst).json()
                .get("ruleSets").forEach(ruleSets::add);
        return ruleSets;
    }

    private ObjectNode standpunt() {
        return ruleSet("standpunt-2025");
    }

    private ObjectNode voorlopigStandpunt() {
        return ruleSet("voorlopig-standpunt-2023");
    }

    private ObjectNode ruleSet(String id) {
        for (JsonNode ruleSet : client.get("/api/v1/policy/rulesets", analyst).json().get("ruleSets")) {
            if (ruleSet.get("id").asText().equals(id)) {
                return (ObjectNode) ruleSet;
            }
        }
        throw new AssertionError("no rule set " + id);
    }

    private static ObjectNode rule(ObjectNode ruleSet, String id) {
        for (JsonNode rule : ruleSet.get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return (ObjectNode) rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static void removeRule(ObjectNode ruleSet, String id) {
        ArrayNode rules = (ArrayNode) ruleSet.get("rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("id").asText().equals(id)) {
                rules.remove(i);
                return;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static JsonNode counts(int compliant, int nonCompliant, int overdue, int unknown) {
        return JSON.createObjectNode().put("COMPLIANT", compliant).put("NON_COMPLIANT", nonCompliant)
                .put("OVERDUE", overdue).put("UNKNOWN", unknown);
    }

    private static String app(int n) {
        return "b0000000-0000-4000-8000-%012d".formatted(n);
    }

    private void register(String organisation, int n, String phase, boolean generativeAi, String procurement,
                          String date) {
        Response registered = client.post("/api/v1/applications", tokens.get(organisation), """
                {"id": "%s", "name": "Toepassing P%d", "purpose": "Beleidsverkenning", "phase": "%s",
                 "generativeAi": %s, "model": null, "hosting": "GOVERNMENT_CLOUD", "procurement": "%s",
                 "personalData": false, "sensitiveData": false, "aiActRiskClass": "LIMITED_RISK",
                 "occurredAt": "%sT09:00:00Z"}""".formatted(app(n), n, phase, generativeAi, procurement, date));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private void analysis(int n, String date) {
        step(n, "RiskAnalysisSubmitted", """
                "analysisId": "p%d-ra", "kind": "OTHER", "documentRef": "https://intranet/p%d.pdf",
                "documentSha256": "%s",""".formatted(n, n, "c".repeat(64)), date);
    }

    private void signOff(int n, String role, String date) {
        step(n, "RoleSignedOff", "\"role\": \"%s\", \"signedBy\": \"%s van P%d\",".formatted(role, role, n), date);
    }

    private void step(int n, String type, String fields, String date) {
        String owner = n == 1 || n == 2 || n == 8 ? "min-a" : n == 5 || n == 6 ? "prov-c" : "gem-b";
        Response posted = client.post("/api/v1/applications/" + app(n) + "/events", tokens.get(owner),
                "{\"type\": \"%s\", %s \"occurredAt\": \"%sT09:00:00Z\"}".formatted(type, fields, date));
        assertThat(posted.status()).as(type + " of P" + n + ": " + posted.body()).isEqualTo(201);
    }

    /** The ledger has sealed every event it stored, so that a simulation and the monitor name the same checkpoint. */
    private void awaitEverythingSealed() throws InterruptedException {
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode checkpoint = client.get("/api/v1/checkpoint", ADMIN).json().get("checkpoint");
            if (checkpoint.isObject() && checkpoint.get("treeSize").asLong() >= stored) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the ledger did not seal its " + stored + " events in 30 s");
    }
}
