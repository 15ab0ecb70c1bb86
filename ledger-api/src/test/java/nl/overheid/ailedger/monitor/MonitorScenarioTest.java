package nl.overheid.ailedger.monitor;

import static nl.overheid.ailedger.LedgerHttpTest.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerClient;
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
 * Twelve applications of three organisations in three layers, reported in three batches over 2024-2026, with
 * late reports, existing use past the transition deadline and a refused move. The monitor counts everything
 * in the store, so this scenario has a ledger of its own. Every expected answer is worked out by hand below.
 *
 * <pre>
 * app org          phase history (valid time)                      genAI model            hosting    risk
 * A1  min-bzk      EXPLORATION 2024-03-01, PRODUCTION 2024-05-01    yes  open NL          on-prem    MINIMAL
 * A2  min-bzk      PRODUCTION 2024-06-01 (existing use, no steps)   yes  closed NON_EU    NON_EU     LIMITED
 * A3  min-bzk      PILOT 2024-09-01, RETIRED 2025-09-01 (batch 2)   yes  open NON_EU      EU cloud   MINIMAL
 * A4  min-bzk      PRODUCTION 2024-02-01                            no   none             gov cloud  HIGH
 * A5  gem-utrecht  EXPLORATION 2025-02-01, SUSPENDED 2025-09-01     yes  open NL          on-prem    MINIMAL
 * A6  gem-utrecht  PILOT 2025-03-01; move 2025-06-01 refused        yes  closed NON_EU    NON_EU     HIGH
 * A7  gem-utrecht  PILOT 2025-01-15, PRODUCTION 2025-04-01 (b2)     yes  open EU          gov cloud  LIMITED
 * A8  gem-utrecht  PRODUCTION 2025-05-01 (existing use); steps of   yes  open NL          on-prem    MINIMAL
 *                  2025-06 reported late in batch 3
 * A9  prov-zeeland PILOT 2024-10-01, PRODUCTION 2024-12-01          yes  closed NON_EU    EU cloud   MINIMAL
 * A10 prov-zeeland EXPLORATION 2026-01-10 (batch 3)                 no   open NON_EU      gov cloud  UNDETERMINED
 * A11 prov-zeeland PILOT 2024-05-01, PRODUCTION 2025-06-01 (b2);    yes  open NL          on-prem    LIMITED
 *                  under consumer terms from 2026-02-01 (b3): R4 unmet
 * A12 prov-zeeland EXPLORATION 2026-03-01 (batch 3)                 yes  closed NON_EU    NON_EU     UNDETERMINED
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitorScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MID_2025 = "2025-06-30T12:00:00Z";
    private static final String AFTER_DEADLINE = "2026-01-15T12:00:00Z";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;

    private LedgerClient client;
    private final Map<String, String> tokens = new HashMap<>();
    private Instant beforeAnything;
    private Instant afterBatch1;
    private Instant afterBatch2;
    private Instant afterBatch3;

    @DynamicPropertySource
    static void ownLedger(DynamicPropertyRegistry registry) {
        TestStorage.fresh().forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeAll
    void reportTheScenarioInThreeBatches() {
        client = new LedgerClient("http://localhost:" + port);
        tokens.put("min-bzk", client.createOrganisation(ADMIN, "min-bzk", "RIJK"));
        tokens.put("gem-utrecht", client.createOrganisation(ADMIN, "gem-utrecht", "GEMEENTE"));
        tokens.put("prov-zeeland", client.createOrganisation(ADMIN, "prov-zeeland", "PROVINCIE"));
        beforeAnything = Instant.now();

        register("min-bzk", 1, "EXPLORATION", true, model("GPT-NL", true, "NL"), "ON_PREMISES", "OWN_DEVELOPMENT", false, "MINIMAL_RISK", "2024-03-01");
        approvedAnalysis(1, "a1-ra", "OTHER", "2024-04-01", "2024-04-10");
        signOffs(1, "2024-04-15");
        step(1, "MovedToProduction", "", "2024-05-01");
        register("min-bzk", 2, "PRODUCTION", true, model("Copilot", false, "NON_EU"), "NON_EU_CLOUD", "CONTRACTED", true, "LIMITED_RISK", "2024-06-01");
        register("min-bzk", 3, "PILOT", true, model("Llama", true, "NON_EU"), "EU_CLOUD", "OWN_DEVELOPMENT", false, "MINIMAL_RISK", "2024-09-01");
        register("min-bzk", 4, "PRODUCTION", false, "null", "GOVERNMENT_CLOUD", "OWN_DEVELOPMENT", true, "HIGH_RISK", "2024-02-01");
        register("gem-utrecht", 5, "EXPLORATION", true, model("GPT-NL", true, "NL"), "ON_PREMISES", "OWN_DEVELOPMENT", false, "MINIMAL_RISK", "2025-02-01");
        register("gem-utrecht", 6, "PILOT", true, model("Gemini", false, "NON_EU"), "NON_EU_CLOUD", "CONTRACTED", true, "HIGH_RISK", "2025-03-01");
        register("gem-utrecht", 7, "PILOT", true, model("Mistral", true, "EU"), "GOVERNMENT_CLOUD", "OWN_DEVELOPMENT", true, "LIMITED_RISK", "2025-01-15");
        step(7, "RiskAnalysisSubmitted", analysis("a7-dpia", "DPIA"), "2025-02-01");
        signOffs(7, "2025-02-10");
        register("gem-utrecht", 8, "PRODUCTION", true, model("GPT-NL", true, "NL"), "ON_PREMISES", "OWN_DEVELOPMENT", false, "MINIMAL_RISK", "2025-05-01");
        register("prov-zeeland", 9, "PILOT", true, model("Claude", false, "NON_EU"), "EU_CLOUD", "CONTRACTED", false, "MINIMAL_RISK", "2024-10-01");
        step(9, "SupplierAgreementRecorded", "\"supplier\": \"Leverancier\", \"agreementRef\": \"OVK-9\", \"coversDataProcessing\": true,", "2024-10-15");
        approvedAnalysis(9, "a9-sec", "SECURITY", "2024-10-20", "2024-11-01");
        signOffs(9, "2024-11-05");
        step(9, "MovedToProduction", "", "2024-12-01");
        register("prov-zeeland", 11, "PILOT", true, model("GPT-NL", true, "NL"), "ON_PREMISES", "OWN_DEVELOPMENT", false, "LIMITED_RISK", "2024-05-01");
        afterBatch1 = Instant.now();

        step(3, "Retired", "\"reason\": \"Vervangen\",", "2025-09-01");
        step(5, "Suspended", "\"reason\": \"Heroverweging\",", "2025-09-01");
        Response refused = client.post(events(6), tokens.get("gem-utrecht"),
                "{\"type\": \"MovedToProduction\", \"occurredAt\": \"2025-06-01T09:00:00Z\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("violations").findValuesAsText("rule")).containsExactly("R1", "R2", "R3");
        step(7, "RiskAnalysisApproved", "\"analysisId\": \"a7-dpia\", \"approverRole\": \"FG\",", "2025-03-01");
        step(7, "MovedToProduction", "", "2025-04-01");
        step(8, "IncidentReported", "\"severity\": \"LOW\", \"description\": \"Onjuiste samenvatting\",", "2025-08-01");
        approvedAnalysis(11, "a11-ra", "OTHER", "2025-05-01", "2025-05-10");
        signOffs(11, "2025-05-12");
        step(11, "MovedToProduction", "", "2025-06-01");
        afterBatch2 = Instant.now();

        approvedAnalysis(8, "a8-ra", "OTHER", "2025-06-01", "2025-06-20");
        signOffs(8, "2025-06-25");
        register("prov-zeeland", 10, "EXPLORATION", false, model("Llama", true, "NON_EU"), "GOVERNMENT_CLOUD", "OWN_DEVELOPMENT", false, "UNDETERMINED", "2026-01-10");
        step(11, "DetailsAmended", "\"procurement\": \"CONSUMER_TERMS\",", "2026-02-01");
        register("prov-zeeland", 12, "EXPLORATION", true, model("Gemini", false, "NON_EU"), "NON_EU_CLOUD", "CONTRACTED", false, "UNDETERMINED", "2026-03-01");
        afterBatch3 = Instant.now();
    }

    @Test
    void countsTodayWhatTheLedgerKnowsToday() {
        Expected today = new Expected(12, phases(2, 1, 7, 1, 1),
                layers(phases(0, 0, 3, 0, 1), phases(0, 1, 2, 1, 0), phases(2, 0, 2, 0, 0)),
                riskClasses(0, 2, 3, 5, 2), compliance(4, 1, 1), 6.0 / 11, 5.0 / 11, 4.0 / 11, 3);
        assertMonitor(monitor(""), today);
        assertMonitor(monitor("?asOf=" + afterBatch3), today);
        assertThat(monitor("?asOf=" + afterBatch3).get("validAt").asText()).isEqualTo(afterBatch3.toString());
    }

    @Test
    void countsAsTheLedgerKnewItAfterTheFirstBatch() {
        assertMonitor(monitor("?asOf=" + afterBatch1), new Expected(10, phases(1, 4, 5, 0, 0),
                layers(phases(0, 1, 3, 0, 0), phases(1, 2, 1, 0, 0), phases(0, 1, 1, 0, 0)),
                riskClasses(0, 2, 3, 5, 0), compliance(2, 0, 2), 0.6, 0.5, 0.4, 3));
    }

    @Test
    void judgesMid2025AsKnownAfterTheSecondBatch() {
        assertMonitor(monitor("?asOf=" + afterBatch2 + "&validAt=" + MID_2025), new Expected(10, phases(1, 2, 7, 0, 0),
                layers(phases(0, 1, 3, 0, 0), phases(1, 1, 2, 0, 0), phases(0, 0, 2, 0, 0)),
                riskClasses(0, 2, 3, 5, 0), compliance(4, 2, 0), 0.6, 0.5, 0.4, 3));
    }

    @Test
    void judgesMid2025AgainOnceTheLateReportsAreKnown() {
        assertMonitor(monitor("?asOf=" + afterBatch3 + "&validAt=" + MID_2025), new Expected(10, phases(1, 2, 7, 0, 0),
                layers(phases(0, 1, 3, 0, 0), phases(1, 1, 2, 0, 0), phases(0, 0, 2, 0, 0)),
                riskClasses(0, 2, 3, 5, 0), compliance(5, 1, 0), 0.6, 0.5, 0.4, 3));
    }

    @Test
    void marksExistingUsePastTheTransitionDeadlineOverdue() {
        assertMonitor(monitor("?asOf=" + afterBatch3 + "&validAt=" + AFTER_DEADLINE), new Expected(11,
                phases(1, 1, 7, 1, 1),
                layers(phases(0, 0, 3, 0, 1), phases(0, 1, 2, 1, 0), phases(1, 0, 2, 0, 0)),
                riskClasses(0, 2, 3, 5, 1), compliance(5, 0, 1), 0.6, 0.5, 0.4, 3));
    }

    @Test
    void countsNothingBeforeTheFirstReport() {
        assertMonitor(monitor("?asOf=" + beforeAnything), new Expected(0, phases(0, 0, 0, 0, 0),
                layers(phases(0, 0, 0, 0, 0), phases(0, 0, 0, 0, 0), phases(0, 0, 0, 0, 0)),
                riskClasses(0, 0, 0, 0, 0), compliance(0, 0, 0), 0.0, 0.0, 0.0, 0));
    }

    @Test
    void narrowsTheMonitorToALayerOrToGenerativeAi() {
        JsonNode gemeenten = monitor("?layer=GEMEENTE");
        assertThat(gemeenten.get("applications").asLong()).isEqualTo(4);
        assertThat(gemeenten.at("/byLayer/RIJK/applications").asLong()).isZero();
        assertThat(gemeenten.get("organisationsReporting").asLong()).isEqualTo(1);
        JsonNode notGenerative = monitor("?generativeAi=false");
        assertThat(notGenerative.get("applications").asLong()).isEqualTo(2);
        assertThat(notGenerative.get("compliance")).isEqualTo(compliance(0, 0, 0));
        assertThat(client.get("/api/v1/monitor?layer=KABINET", ADMIN).json().at("/invalidParams/0/name").asText())
                .isEqualTo("layer");
    }

    @Test
    void listsTheRegisterByOrganisationThenIdOnAnyDate() {
        assertThat(list("?pageSize=5&page=2")).containsExactly(app(2), app(3), app(4), app(9), app(10));
        assertThat(client.get("/api/v1/applications?pageSize=5&page=2", ADMIN).json().get("total").asLong())
                .isEqualTo(12);
        assertThat(list("?complianceStatus=OVERDUE")).containsExactly(app(2));
        assertThat(list("?layer=PROVINCIE&generativeAi=true")).containsExactly(app(9), app(11), app(12));
        assertThat(list("?aiActRiskClass=HIGH_RISK")).containsExactly(app(6), app(4));
        assertThat(list("?phase=PRODUCTION&asOf=" + afterBatch1))
                .containsExactly(app(8), app(1), app(2), app(4), app(9));
        assertThat(list("?organisationId=gem-utrecht&validAt=2025-01-31T00:00:00Z")).containsExactly(app(7));

        JsonNode midYear = client.get("/api/v1/applications?complianceStatus=NON_COMPLIANT&asOf=" + afterBatch2
                + "&validAt=" + MID_2025, ADMIN).json();
        assertThat(midYear.get("items").findValuesAsText("id")).containsExactly(app(8), app(2));
        assertThat(midYear.at("/items/0/compliance/unmet").toString()).isEqualTo("[\"R1\",\"R2\"]");
        assertThat(midYear.at("/items/0/phase").asText()).isEqualTo("PRODUCTION");
    }

    @Test
    void namesTheSourceOfEveryUnmetRuleOfAnApplication() {
        JsonNode a11 = client.get("/api/v1/applications/" + app(11), ADMIN).json();
        assertThat(a11.at("/compliance/status").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(a11.at("/compliance/unmet").toString()).isEqualTo("[\"R4\"]");
        JsonNode r4 = a11.at("/compliance/unmetRules/0");
        assertThat(r4.get("kind").asText()).isEqualTo("STANDPUNT");
        assertThat(r4.get("ruleSet").asText()).isEqualTo("standpunt-2025");
        assertThat(r4.at("/source/document").asText()).isEqualTo("2025-03-05-beslisnota-overheidsbreed-standpunt.txt");
        assertThat(r4.at("/source/passage").asText()).contains("onder consumentenvoorwaarden");
    }

    @Test
    void showsAnApplicationAsItStoodBetweenTwoBatches() {
        String a7 = "/api/v1/applications/" + app(7);
        assertThat(client.get(a7 + "?asOf=" + beforeAnything, ADMIN).status()).isEqualTo(404);
        JsonNode afterFirst = client.get(a7 + "?asOf=" + afterBatch1, ADMIN).json();
        assertThat(afterFirst.get("phase").asText()).isEqualTo("PILOT");
        assertThat(afterFirst.get("version").asLong()).isEqualTo(3);
        assertThat(client.get(a7 + "?asOf=" + afterBatch2, ADMIN).json().get("phase").asText()).isEqualTo("PRODUCTION");
    }

    @Test
    void rebuildsDamagedReadModelsByteForByteByAReplay() {
        List<String> questions = new ArrayList<>(List.of(
                "/api/v1/monitor?asOf=" + afterBatch1,
                "/api/v1/monitor?asOf=" + afterBatch2 + "&validAt=" + MID_2025,
                "/api/v1/monitor?asOf=" + afterBatch3,
                "/api/v1/monitor?asOf=" + afterBatch3 + "&validAt=" + AFTER_DEADLINE,
                "/api/v1/applications?pageSize=500",
                "/api/v1/applications?asOf=" + afterBatch2 + "&validAt=" + MID_2025,
                "/api/v1/organisations"));
        for (int n = 1; n <= 12; n++) {
            questions.add("/api/v1/applications/" + app(n));
            questions.add("/api/v1/applications/" + app(n) + "/history");
        }
        Map<String, String> before = answers(questions);
        jdbc.update("DELETE FROM application_version");
        jdbc.update("DELETE FROM application_current WHERE application_id = ?", app(7));
        jdbc.update("DELETE FROM application_event WHERE entity_id = ?", app(7));
        assertThat(client.get("/api/v1/applications/" + app(7), ADMIN).status()).isEqualTo(404);

        Response replay = client.post("/api/v1/admin/projections/replay", ADMIN, "");
        assertThat(replay.status()).as(replay.body()).isEqualTo(202);
        List<String> replaying = new ArrayList<>();
        replay.json().get("replaying").forEach(name -> replaying.add(name.asText()));
        assertThat(replaying).contains("register");
        ProjectionsCaughtUp.await(client, ADMIN);

        assertThat(answers(questions)).isEqualTo(before);
    }

    private Map<String, String> answers(List<String> questions) {
        Map<String, String> answers = new HashMap<>();
        questions.forEach(question -> {
            Response response = client.get(question, ADMIN);
            assertThat(response.status()).as(question).isEqualTo(200);
            answers.put(question, response.body());
        });
        return answers;
    }

    private JsonNode monitor(String query) {
        Response response = client.get("/api/v1/monitor" + query, ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> list(String query) {
        Response response = client.get("/api/v1/applications" + query, ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").findValuesAsText("id");
    }

    private record Expected(int applications, JsonNode byPhase, JsonNode byLayer, JsonNode byAiActRiskClass,
                            JsonNode compliance, double openSourceShare, double euOrNlOriginShare,
                            double onPremisesShare, int organisationsReporting) {
    }

    private static void assertMonitor(JsonNode monitor, Expected expected) {
        assertThat(monitor.get("applications").asInt()).isEqualTo(expected.applications());
        assertThat(monitor.get("byPhase")).isEqualTo(expected.byPhase());
        assertThat(monitor.get("byLayer")).isEqualTo(expected.byLayer());
        assertThat(monitor.get("byAiActRiskClass")).isEqualTo(expected.byAiActRiskClass());
        assertThat(monitor.get("compliance")).isEqualTo(expected.compliance());
        assertThat(monitor.at("/indicators/openSourceShare").asDouble()).isCloseTo(expected.openSourceShare(), within(1e-9));
        assertThat(monitor.at("/indicators/euOrNlOriginShare").asDouble()).isCloseTo(expected.euOrNlOriginShare(), within(1e-9));
        assertThat(monitor.at("/indicators/onPremisesShare").asDouble()).isCloseTo(expected.onPremisesShare(), within(1e-9));
        assertThat(monitor.get("organisationsReporting").asInt()).isEqualTo(expected.organisationsReporting());
        assertThat(monitor.has("checkpoint")).isTrue();
    }

    private static JsonNode phases(int exploration, int pilot, int production, int suspended, int retired) {
        return JSON.createObjectNode().put("EXPLORATION", exploration).put("PILOT", pilot)
                .put("PRODUCTION", production).put("SUSPENDED", suspended).put("RETIRED", retired);
    }

    /** RIJK, GEMEENTE and PROVINCIE as given; the other layers have nothing. */
    private static JsonNode layers(JsonNode rijk, JsonNode gemeente, JsonNode provincie) {
        JsonNode none = phases(0, 0, 0, 0, 0);
        ObjectNode layers = JSON.createObjectNode();
        layers.set("RIJK", layer(rijk));
        layers.set("UITVOERINGSORGANISATIE", layer(none));
        layers.set("GEMEENTE", layer(gemeente));
        layers.set("PROVINCIE", layer(provincie));
        layers.set("WATERSCHAP", layer(none));
        layers.set("OVERIG", layer(none));
        return layers;
    }

    private static JsonNode layer(JsonNode byPhase) {
        int applications = 0;
        for (JsonNode count : byPhase) {
            applications += count.asInt();
        }
        ObjectNode layer = JSON.createObjectNode().put("applications", applications);
        layer.set("byPhase", byPhase);
        return layer;
    }

    private static JsonNode riskClasses(int prohibited, int high, int limited, int minimal, int undetermined) {
        return JSON.createObjectNode().put("PROHIBITED", prohibited).put("HIGH_RISK", high)
                .put("LIMITED_RISK", limited).put("MINIMAL_RISK", minimal).put("UNDETERMINED", undetermined);
    }

    /** Every application here is reported by its organisation: none is UNKNOWN. */
    private static JsonNode compliance(int compliant, int nonCompliant, int overdue) {
        return JSON.createObjectNode().put("COMPLIANT", compliant).put("NON_COMPLIANT", nonCompliant)
                .put("OVERDUE", overdue).put("UNKNOWN", 0);
    }

    private static String app(int n) {
        return "a0000000-0000-4000-8000-%012d".formatted(n);
    }

    private static String events(int n) {
        return "/api/v1/applications/" + app(n) + "/events";
    }

    private static String model(String name, boolean openSource, String origin) {
        return "{\"name\": \"%s\", \"provider\": \"Leverancier\", \"openSource\": %s, \"origin\": \"%s\"}"
                .formatted(name, openSource, origin);
    }

    private static String analysis(String analysisId, String kind) {
        return "\"analysisId\": \"%s\", \"kind\": \"%s\", \"documentRef\": \"https://intranet/%s.pdf\", \"documentSha256\": \"%s\","
                .formatted(analysisId, kind, analysisId, "b".repeat(64));
    }

    private void register(String organisation, int n, String phase, boolean generativeAi, String model, String hosting,
                          String procurement, boolean personalData, String riskClass, String date) {
        Response registered = client.post("/api/v1/applications", tokens.get(organisation), """
                {"id": "%s", "name": "Toepassing %d", "purpose": "Scenario", "phase": "%s", "generativeAi": %s,
                 "model": %s, "hosting": "%s", "procurement": "%s", "personalData": %s, "sensitiveData": false,
                 "aiActRiskClass": "%s", "occurredAt": "%sT09:00:00Z"}"""
                .formatted(app(n), n, phase, generativeAi, model, hosting, procurement, personalData, riskClass, date));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private void step(int n, String type, String fields, String date) {
        String owner = n <= 4 ? "min-bzk" : n <= 8 ? "gem-utrecht" : "prov-zeeland";
        Response posted = client.post(events(n), tokens.get(owner),
                "{\"type\": \"%s\", %s \"occurredAt\": \"%sT09:00:00Z\"}".formatted(type, fields, date));
        assertThat(posted.status()).as(type + " of A" + n + ": " + posted.body()).isEqualTo(201);
    }

    private void approvedAnalysis(int n, String analysisId, String kind, String submitted, String approved) {
        step(n, "RiskAnalysisSubmitted", analysis(analysisId, kind), submitted);
        step(n, "RiskAnalysisApproved", "\"analysisId\": \"%s\", \"approverRole\": \"CIO\",".formatted(analysisId),
                approved);
    }

    private void signOffs(int n, String date) {
        step(n, "RoleSignedOff", "\"role\": \"CIO\", \"signedBy\": \"CIO van A%d\",".formatted(n), date);
        step(n, "RoleSignedOff", "\"role\": \"FG\", \"signedBy\": \"FG van A%d\",".formatted(n), date);
    }
}
