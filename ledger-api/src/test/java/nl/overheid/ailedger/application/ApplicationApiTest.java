package nl.overheid.ailedger.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ApplicationApiTest extends LedgerHttpTest {

    @Autowired
    private JdbcTemplate jdbc;
    private String organisation;
    private String token;
    private String applicationId;

    @BeforeEach
    void registerAnOrganisationWithAnExploration() {
        organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        token = client.createOrganisation(ADMIN, organisation, "GEMEENTE");
        applicationId = UUID.randomUUID().toString();
        Response registered = client.post("/api/v1/applications", token, ApplicationRequests.registration(applicationId, "EXPLORATION"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private Response postEvent(String body) {
        return client.post(events(), token, body);
    }

    private Response postEvent(String body, Map<String, String> headers) {
        return client.post(events(), token, body, headers);
    }

    private String events() {
        return "/api/v1/applications/" + applicationId + "/events";
    }

    private long eventsStored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    private int historySize() {
        Response history = client.get("/api/v1/applications/" + applicationId + "/history", ADMIN);
        assertThat(history.status()).isEqualTo(200);
        return history.json().get("items").size();
    }

    @Test
    void walksAnApplicationFromExplorationIntoProductionThroughThePolicyGate() {
        Response registered = client.get("/api/v1/applications/" + applicationId, token);
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.header("API-Version")).isEqualTo("1.0.0");
        assertThat(registered.json().get("phase").asText()).isEqualTo("EXPLORATION");
        assertThat(registered.json().get("organisationId").asText()).isEqualTo(organisation);

        Response pilot = postEvent("{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(pilot.status()).isEqualTo(201);
        assertThat(pilot.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(pilot.json().at("/application/phase").asText()).isEqualTo("PILOT");

        Response refused = postEvent("{\"type\":\"MovedToProduction\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("violations").findValuesAsText("rule")).containsExactly("R1", "R2");

        assertThat(postEvent("""
                {"type": "RiskAnalysisSubmitted", "analysisId": "dpia-1", "kind": "DPIA",
                 "documentRef": "https://intranet/dpia-1.pdf", "documentSha256": "%s",
                 "occurredAt": "2025-05-10T09:00:00Z"}""".formatted("a".repeat(64))).status()).isEqualTo(201);
        assertThat(postEvent("""
                {"type": "RiskAnalysisApproved", "analysisId": "dpia-1", "approverRole": "FG",
                 "occurredAt": "2025-05-20T09:00:00Z"}""").status()).isEqualTo(201);
        assertThat(postEvent("""
                {"type": "RoleSignedOff", "role": "CIO", "signedBy": "A. Jansen", "occurredAt": "2025-05-21T09:00:00Z"}
                """).status()).isEqualTo(201);
        assertThat(postEvent("""
                {"type": "RoleSignedOff", "role": "FG", "signedBy": "B. de Vries", "occurredAt": "2025-05-21T10:00:00Z"}
                """).status()).isEqualTo(201);

        Response moved = postEvent("{\"type\":\"MovedToProduction\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        JsonNode view = moved.json().get("application");
        assertThat(view.get("phase").asText()).isEqualTo("PRODUCTION");
        assertThat(view.at("/compliance/status").asText()).isEqualTo("COMPLIANT");
        assertThat(view.get("version").asLong()).isEqualTo(6);
        assertThat(view.get("riskAnalyses").get(0).get("status").asText()).isEqualTo("APPROVED");

        JsonNode history = client.get("/api/v1/applications/" + applicationId + "/history", token).json().get("items");
        assertThat(history.findValuesAsText("type")).containsExactly("ApplicationRegistered", "PilotStarted",
                "RiskAnalysisSubmitted", "RiskAnalysisApproved", "RoleSignedOff", "RoleSignedOff", "MovedToProduction");
        assertThat(history.get(4).at("/payload/signedBy").asText()).isEqualTo("A. Jansen");
        assertThat(history.get(4).get("actor").asText()).startsWith("cred-");
        assertThat(history.get(4).get("occurredAt").asText()).isEqualTo("2025-05-21T09:00:00Z");
        assertThat(history.get(4).get("recordedAt").asText()).isNotBlank();
    }

    @Test
    void refusesAnotherOrganisationsTokenWithoutStoringAnything() {
        String otherToken = client.createOrganisation(ADMIN, "org-" + UUID.randomUUID().toString().substring(0, 8),
                "PROVINCIE");
        Response response = client.post(events(), otherToken,
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.get("/api/v1/applications/" + applicationId + "/history", otherToken).status())
                .isEqualTo(403);
        assertThat(historySize()).isEqualTo(1);
    }

    /** An aggregate of another kind shares the event store's ids: its events are no application's. */
    @Test
    void answersAStepForAnIdThatIsNoApplication404() {
        long stored = eventsStored();
        for (String id : List.of(UUID.randomUUID().toString(), "organisation:" + organisation, "not-an-application")) {
            Response response = client.post("/api/v1/applications/" + id + "/events", ADMIN,
                    "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
            assertThat(response.status()).as(id + ": " + response.body()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(eventsStored()).isEqualTo(stored);
    }

    @Test
    void answersWithoutOrWithAnUnknownToken401() {
        Response anonymous = client.post(events(), null, "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("status").asInt()).isEqualTo(401);
        assertThat(anonymous.header("API-Version")).isEqualTo("1.0.0");
        assertThat(client.get("/api/v1/applications/" + applicationId, "lgr_not-a-token").status()).isEqualTo(401);
        assertThat(historySize()).isEqualTo(1);
    }

    @Test
    void answersBadInputWithAProblemAndStoresNothing() {
        Map<String, String> badBodies = Map.of(
                "malformed JSON", "{\"type\": \"PilotStarted\", ",
                "unknown type", "{\"type\":\"Launched\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}",
                "wrong enum value", "{\"type\":\"RoleSignedOff\",\"role\":\"BOSS\",\"signedBy\":\"x\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}",
                "missing occurredAt", "{\"type\":\"PilotStarted\"}",
                "wrong type", "{\"type\":\"SupplierAgreementRecorded\",\"supplier\":\"L\",\"agreementRef\":\"R\",\"coversDataProcessing\":\"yes\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}",
                "unknown field", "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\",\"phase\":\"PRODUCTION\"}",
                "future occurredAt", "{\"type\":\"PilotStarted\",\"occurredAt\":\"2999-05-01T09:00:00Z\"}",
                "not JSON at all", "PilotStarted please");
        List<String> failures = new ArrayList<>();
        badBodies.forEach((what, body) -> {
            Response response = postEvent(body);
            if (response.status() != 400 || !response.header("Content-Type").startsWith("application/problem+json")
                    || response.json().get("invalidParams").isEmpty()) {
                failures.add(what + " -> " + response.status() + " " + response.body());
            }
        });
        assertThat(failures).isEmpty();
        assertThat(historySize()).isEqualTo(1);
    }

    @Test
    void namesTheFieldThatIsWrong() {
        Response wrongEnum = postEvent("{\"type\":\"RoleSignedOff\",\"role\":\"BOSS\",\"signedBy\":\"x\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(wrongEnum.json().at("/invalidParams/0/name").asText()).isEqualTo("role");
        Response unknownType = postEvent("{\"type\":\"Launched\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(unknownType.json().at("/invalidParams/0/name").asText()).isEqualTo("type");
        Response missing = postEvent("{\"type\":\"PilotStarted\"}");
        assertThat(missing.json().at("/invalidParams/0/name").asText()).isEqualTo("occurredAt");
    }

    /** A stored name must read as what was meant: no half characters, no reordering, not invisible. */
    @Test
    void refusesTextThatWouldNotReadAsWhatWasMeantNamingTheField() {
        String[] names = {"x\\ud800y", "x\\udc00", "abc\\ud83e", "\\u202eevil.exe", "a\\u2066b", "a\\u202ab",
                "\\u200b", "\\u200b\\u200d\\ufeff", " \\u00a0 ", "\\u3164"};
        for (String name : names) {
            String id = UUID.randomUUID().toString();
            Response refused = client.post("/api/v1/applications", token, ApplicationRequests.registration(id,
                    "EXPLORATION").replace("Samenvatten van Woo-verzoeken", name));
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.json().at("/invalidParams/0/name").asText()).as(name).isEqualTo("name");
            assertThat(client.get("/api/v1/applications/" + id, ADMIN).status()).isEqualTo(404);
        }
        Response bidiPurpose = postEvent("""
                {"type": "DetailsAmended", "purpose": "Samenvatten \\u202e van brieven", "occurredAt": "2025-05-01T09:00:00Z"}""");
        assertThat(bidiPurpose.json().at("/invalidParams/0/name").asText()).isEqualTo("purpose");
        assertThat(historySize()).isEqualTo(1);

        String robot = UUID.randomUUID().toString();
        Response emoji = client.post("/api/v1/applications", token, ApplicationRequests.registration(robot,
                "EXPLORATION").replace("Samenvatten van Woo-verzoeken", "Chatbot \\ud83e\\udd16 van de gemeente"));
        assertThat(emoji.status()).as("a character outside the BMP is a surrogate pair").isEqualTo(201);
        assertThat(emoji.json().get("name").asText()).isEqualTo("Chatbot \uD83E\uDD16 van de gemeente");
    }

    @Test
    void refusesAFieldNamedTwiceAndAnInstantThatIsNotAnRfc3339String() {
        List<String> bodies = List.of(
                "{\"type\":\"PilotStarted\",\"occurredAt\":1746090000}",
                "{\"type\":\"PilotStarted\",\"occurredAt\":1746090000.5}",
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"1746090000\"}",
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00\"}",
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\","
                        + "\"occurredAt\":\"2025-06-01T09:00:00Z\"}");
        for (String body : bodies) {
            Response refused = postEvent(body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().at("/invalidParams/0/name").asText()).as(body).isEqualTo("occurredAt");
        }
        assertThat(historySize()).isEqualTo(1);
        assertThat(postEvent("{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T11:00:00+02:00\"}").status())
                .isEqualTo(201);
    }

    @Test
    void refusesA10MegabyteBodyWith413AndStaysUp() {
        byte[] huge = ("{\"type\":\"IncidentReported\",\"severity\":\"LOW\",\"occurredAt\":\"2025-05-01T09:00:00Z\","
                + "\"description\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes();
        Response response = client.postBytes(events(), token, huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).endsWith("body-too-large");
        assertThat(historySize()).isEqualTo(1);
        assertThat(client.get("/actuator/health", null).json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void storesOneEventForTheSameIdempotencyKeyTwice() {
        String body = "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}";
        Map<String, String> key = Map.of("Idempotency-Key", "pilot-" + applicationId);
        Response first = client.post(events(), token, body, key);
        Response again = client.post(events(), token, body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(historySize()).isEqualTo(2);

        Response otherBody = client.post(events(), token,
                "{\"type\":\"Suspended\",\"reason\":\"x\",\"occurredAt\":\"2025-05-02T09:00:00Z\"}", key);
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(historySize()).isEqualTo(2);
    }

    @Test
    void keepsOnlyASuccessfulAnswerToAnIdempotencyKeyAndOnlyForTheRetention() {
        Map<String, String> key = Map.of("Idempotency-Key", "eerst-fout-" + applicationId);
        assertThat(postEvent("{\"type\":\"PilotStarted\"}", key).status()).isEqualTo(400);
        Response corrected = postEvent("{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}", key);
        assertThat(corrected.status()).as("a refusal is not answered again: " + corrected.body()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();

        String expired = "verlopen-" + applicationId;
        String credential = client.get("/api/v1/credentials/current", token).json().get("id").asText();
        jdbc.update("""
                INSERT INTO idempotency_record (credential_id, idempotency_key, request_hash, response_status, created_at)
                VALUES (?, ?, ?, 201, ?)""", credential, expired, "0".repeat(64),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));
        Response reused = postEvent("{\"type\":\"Suspended\",\"reason\":\"x\",\"occurredAt\":\"2025-05-02T09:00:00Z\"}",
                Map.of("Idempotency-Key", expired));
        assertThat(reused.status()).as("a key is free again after 24 hours: " + reused.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE created_at < ?", Integer.class,
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(24))).isZero();
        assertThat(historySize()).isEqualTo(3);
    }

    @Test
    void refusesASecondRegistrationWithTheSameId() {
        Response duplicate = client.post("/api/v1/applications", token, ApplicationRequests.registration(applicationId, "PILOT"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(historySize()).isEqualTo(1);
    }

    /** The import derives name-based ids (versions 3 and 5): one taken by a client would block its registration. */
    @Test
    void refusesAnIdOfTheKindTheImportDerivesForItsRegistrations() {
        String derived = UUID.nameUUIDFromBytes("algoritmeregister:11234933".getBytes(StandardCharsets.UTF_8))
                .toString();
        for (String id : new String[] {derived, "6fa459ea-ee8a-5ca4-894e-db77e160355e"}) {
            Response refused = client.post("/api/v1/applications", token, ApplicationRequests.registration(id,
                    "EXPLORATION"));
            assertThat(refused.status()).as(id).isEqualTo(400);
            assertThat(refused.json().at("/invalidParams/0/name").asText()).isEqualTo("id");
            assertThat(client.get("/api/v1/applications/" + id, ADMIN).status()).isEqualTo(404);
        }
        String random = UUID.randomUUID().toString();
        assertThat(client.post("/api/v1/applications", token, ApplicationRequests.registration(random, "EXPLORATION"))
                .status()).isEqualTo(201);
    }

    @Test
    void refusesAnAdminRegistrationForAnOrganisationThatIsNotRegistered() {
        String id = UUID.randomUUID().toString();
        Response refused = client.post("/api/v1/applications", ADMIN, ApplicationRequests.registration(id,
                "EXPLORATION").replace("{\"id\"", "{\"organisationId\": \"gemeente-bestaat-niet\", \"id\""));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText()).contains("no organisation gemeente-bestaat-niet");
        assertThat(client.get("/api/v1/applications/" + id, ADMIN).status()).isEqualTo(404);
    }

    @Test
    void answersLifecycleConflictsWith409() {
        Response approval = postEvent("""
                {"type": "RiskAnalysisApproved", "analysisId": "never", "approverRole": "FG",
                 "occurredAt": "2025-05-20T09:00:00Z"}""");
        assertThat(approval.status()).isEqualTo(409);
        assertThat(approval.json().get("detail").asText()).contains("never submitted");
        assertThat(postEvent("{\"type\":\"Resumed\",\"occurredAt\":\"2025-05-20T09:00:00Z\"}").status()).isEqualTo(409);
        assertThat(historySize()).isEqualTo(1);
    }

    @Test
    void showsTheStateAsOfAMomentBetweenTwoEvents() {
        postEvent("{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        JsonNode history = client.get("/api/v1/applications/" + applicationId + "/history", ADMIN).json().get("items");
        String registeredAt = history.get(0).get("recordedAt").asText();
        JsonNode then = client.get("/api/v1/applications/" + applicationId + "?asOf=" + registeredAt, token).json();
        assertThat(then.get("phase").asText()).isEqualTo("EXPLORATION");
        assertThat(client.get("/api/v1/applications/" + applicationId + "?asOf=2020-01-01T00:00:00Z", token).status())
                .isEqualTo(404);
        JsonNode trueBeforePilot = client.get("/api/v1/applications/" + applicationId
                + "?validAt=2025-04-30T00:00:00Z", token).json();
        assertThat(trueBeforePilot.get("phase").asText()).isEqualTo("EXPLORATION");
        assertThat(client.get("/api/v1/applications/" + applicationId + "?asOf=yesterday", token).json()
                .at("/invalidParams/0/name").asText()).isEqualTo("asOf");
    }

    @Test
    void showsALongHistoryAtAnyMomentAsTheFoldOfItsEvents() {
        for (int step = 1; step <= 69; step++) {
            String amendment = step == 40
                    ? "\"name\":\"Samenvatten, herzien\",\"occurredAt\":\"2025-09-01T00:00:00Z\""
                    : "\"purpose\":\"stap %d\",\"occurredAt\":\"2025-05-01T%02d:%02d:00Z\"".formatted(step,
                    step / 60, step % 60);
            assertThat(postEvent("{\"type\":\"DetailsAmended\"," + amendment + "}").status()).isEqualTo(201);
        }
        JsonNode history = client.get("/api/v1/applications/" + applicationId + "/history", ADMIN).json().get("items");

        for (int step : List.of(0, 30, 31, 32, 50, 63, 64, 69)) {
            JsonNode then = client.get("/api/v1/applications/" + applicationId + "?asOf="
                    + history.get(step).get("recordedAt").asText(), token).json();
            assertThat(then.get("version").asLong()).isEqualTo(step);
            assertThat(then.get("purpose").asText()).isEqualTo(step == 0 ? "Eerste samenvatting"
                    : "stap " + (step == 40 ? 39 : step));
            assertThat(then.get("name").asText()).isEqualTo(step < 40 ? "Samenvatten van Woo-verzoeken"
                    : "Samenvatten, herzien");
        }
        JsonNode beforeRename = client.get("/api/v1/applications/" + applicationId
                + "?validAt=2025-08-01T00:00:00Z", token).json();
        assertThat(beforeRename.get("version").asLong()).as("every event but the rename").isEqualTo(68);
        assertThat(beforeRename.get("purpose").asText()).isEqualTo("stap 69");
        assertThat(beforeRename.get("name").asText()).isEqualTo("Samenvatten van Woo-verzoeken");
        JsonNode early = client.get("/api/v1/applications/" + applicationId
                + "?validAt=2025-05-01T00:33:30Z", token).json();
        assertThat(early.get("version").asLong()).isEqualTo(33);
        assertThat(early.get("purpose").asText()).isEqualTo("stap 33");

        JsonNode second = client.get("/api/v1/applications/" + applicationId + "/history?page=2&pageSize=30", ADMIN)
                .json();
        assertThat(second.get("total").asLong()).isEqualTo(70);
        assertThat(second.get("items")).hasSize(30);
        assertThat(second.get("items").get(0)).isEqualTo(history.get(30));
        assertThat(client.get("/api/v1/applications/" + applicationId + "/history?page=3&pageSize=30", ADMIN).json()
                .get("items")).hasSize(10);
        assertThat(client.get("/api/v1/applications/" + applicationId + "/history?pageSize=501", ADMIN).status())
                .isEqualTo(400);
    }

    @Test
    void letsAnAnalystReadButNotWriteOrAudit() {
        Response issued = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"CIO Rijk\"}");
        assertThat(issued.status()).isEqualTo(201);
        String analyst = issued.json().get("token").asText();
        assertThat(client.get("/api/v1/applications/" + applicationId, analyst).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/applications/" + applicationId + "/history", analyst).status()).isEqualTo(403);
        assertThat(client.post(events(), analyst, "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}")
                .status()).isEqualTo(403);

        assertThat(client.delete("/api/v1/credentials/" + issued.json().get("id").asText(), ADMIN).status())
                .isEqualTo(204);
        assertThat(client.get("/api/v1/applications/" + applicationId, analyst).status()).isEqualTo(401);
    }
}
