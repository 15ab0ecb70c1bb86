package nl.overheid.ailedger.commitment;

import static nl.overheid.ailedger.commitment.CommitmentRequests.application;
import static nl.overheid.ailedger.commitment.CommitmentRequests.event;
import static nl.overheid.ailedger.commitment.CommitmentRequests.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitmentApiTest extends LedgerHttpTest {

    private String organisation;
    private String token;
    private String id;

    @BeforeEach
    void registerAnOrganisationWithAMotie() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisation = "ministerie-" + suffix;
        token = client.createOrganisation(ADMIN, organisation, "RIJK");
        id = "motie-" + suffix;
        Response registered = client.post("/api/v1/commitments", ADMIN, registration(id, "MOTIE", "SAMENWERKEN",
                "2023-04-11", "2024-01-31", organisation, List.of("Dekker-Abdulaziz", "Rajkowski")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    private Response post(String token, String body) {
        return client.post("/api/v1/commitments/" + id + "/events", token, body);
    }

    private JsonNode view(String query) {
        Response view = client.get("/api/v1/commitments/" + id + query, token);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        return view.json();
    }

    private int eventsStored() {
        return view("").get("progress").size();
    }

    private String registerApplication() {
        String applicationId = UUID.randomUUID().toString();
        Response registered = client.post("/api/v1/applications", token,
                application(applicationId, "Samenvatten van Kamerbrieven", "EXPLORATION"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return applicationId;
    }

    @Test
    void registersACommitmentOpenFromItsAdoption() {
        Response registered = client.get("/api/v1/commitments/" + id, token);
        assertThat(registered.header("API-Version")).isEqualTo("1.0.0");
        JsonNode view = registered.json();
        assertThat(view.get("id").asText()).isEqualTo(id);
        assertThat(view.get("kind").asText()).isEqualTo("MOTIE");
        assertThat(view.get("submitters").toString()).isEqualTo("[\"Dekker-Abdulaziz\",\"Rajkowski\"]");
        assertThat(view.get("adoptedOn").asText()).isEqualTo("2023-04-11");
        assertThat(view.get("dueDate").asText()).isEqualTo("2024-01-31");
        assertThat(view.get("responsibleOrganisationId").asText()).isEqualTo(organisation);
        assertThat(view.get("actionLine").asText()).isEqualTo("SAMENWERKEN");
        assertThat(view.get("status").asText()).isEqualTo("OPENSTAAND");
        assertThat(view.get("overdue").asBoolean()).isTrue();
        JsonNode registration = view.get("progress").get(0);
        assertThat(registration.get("type").asText()).isEqualTo("CommitmentRegistered");
        assertThat(registration.get("occurredAt").asText()).isEqualTo("2023-04-11T00:00:00Z");
        assertThat(registration.get("recordedAt").asText()).isNotBlank();

        assertThat(view("?validAt=2024-01-31T23:00:00Z").get("overdue").asBoolean()).isFalse();
        assertThat(client.get("/api/v1/commitments/" + id + "?validAt=2023-04-10T00:00:00Z", token).status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/commitments/" + id + "?asOf=2020-01-01T00:00:00Z", token).status())
                .isEqualTo(404);
    }

    @Test
    void letsTheResponsibleOrganisationReportAndFulfil() {
        Response progress = post(token, event("ProgressReported", "2023-12-11T11:00:00Z",
                "summary", "Voorlopig standpunt gedeeld", "reference", "Kamerbrief december 2023"));
        assertThat(progress.status()).as(progress.body()).isEqualTo(201);
        assertThat(progress.json().get("sequence").asLong()).isEqualTo(1);
        assertThat(progress.json().get("eventId").asText()).isNotBlank();
        assertThat(progress.json().at("/commitment/progress/1/summary").asText())
                .isEqualTo("Voorlopig standpunt gedeeld");

        Response fulfilled = post(token, event("Fulfilled", "2024-01-18T11:00:00Z", "reference", "Visie 2024"));
        assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(201);
        JsonNode view = fulfilled.json().get("commitment");
        assertThat(view.get("status").asText()).isEqualTo("VOLDAAN");
        assertThat(view.get("overdue").asBoolean()).isFalse();
        assertThat(view.get("progress").findValuesAsText("type"))
                .containsExactly("CommitmentRegistered", "ProgressReported", "Fulfilled");

        JsonNode before = view("?validAt=2024-01-10T00:00:00Z");
        assertThat(before.get("status").asText()).isEqualTo("OPENSTAAND");
        assertThat(before.get("overdue").asBoolean()).isFalse();
        String progressRecordedAt = view.at("/progress/1/recordedAt").asText();
        JsonNode knownThen = view("?asOf=" + progressRecordedAt);
        assertThat(knownThen.get("status").asText()).isEqualTo("OPENSTAAND");
        assertThat(knownThen.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void acceptsOnlyProgressAfterFulfilment() {
        assertThat(post(ADMIN, event("Fulfilled", "2024-01-18T11:00:00Z", "reference", "Visie")).status())
                .isEqualTo(201);
        Map<String, String> refused = Map.of(
                "DueDateChanged", event("DueDateChanged", "2024-02-01T11:00:00Z", "dueDate", "2024-06-30",
                        "reason", "Later"),
                "Withdrawn", event("Withdrawn", "2024-02-01T11:00:00Z", "reason", "Toch niet"),
                "PartlyFulfilled", event("PartlyFulfilled", "2024-02-01T11:00:00Z", "reference", "R",
                        "summary", "S"),
                "Fulfilled", event("Fulfilled", "2024-02-01T11:00:00Z", "reference", "Nog eens"));
        refused.forEach((type, body) -> {
            Response response = post(ADMIN, body);
            assertThat(response.status()).as(type).isEqualTo(409);
            assertThat(response.json().get("detail").asText()).as(type).contains("VOLDAAN");
        });
        assertThat(eventsStored()).isEqualTo(2);
        assertThat(post(token, event("ProgressReported", "2024-03-01T11:00:00Z", "summary", "Uitvoering loopt"))
                .status()).isEqualTo(201);
    }

    @Test
    void linksAKnownApplicationOnceAndShowsItsPhaseOnTheDateAskedAbout() {
        String applicationId = registerApplication();
        assertThat(client.post("/api/v1/applications/" + applicationId + "/events", token,
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}").status()).isEqualTo(201);

        Response linked = post(token, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", applicationId));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        JsonNode now = linked.json().at("/commitment/linkedApplications/0");
        assertThat(now.get("id").asText()).isEqualTo(applicationId);
        assertThat(now.get("organisationId").asText()).isEqualTo(organisation);
        assertThat(now.get("phase").asText()).isEqualTo("PILOT");
        assertThat(view("?validAt=2025-04-25T00:00:00Z").at("/linkedApplications/0/phase").asText())
                .isEqualTo("EXPLORATION");

        Response twice = post(token, event("ApplicationLinked", "2025-05-02T09:00:00Z", "applicationId", applicationId));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(eventsStored()).isEqualTo(2);
    }

    @Test
    void refusesToLinkAnUnknownApplicationAndStoresNothing() {
        Response unknown = post(token, event("ApplicationLinked", "2025-04-23T09:00:00Z",
                "applicationId", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asText()).contains("no application");
        assertThat(eventsStored()).isEqualTo(1);
    }

    @Test
    void letsAnOrganisationLinkOnlyItsOwnApplicationsAndTheAdminAny() {
        String otherOrganisation = "gemeente-" + UUID.randomUUID().toString().substring(0, 8);
        String other = client.createOrganisation(ADMIN, otherOrganisation, "GEMEENTE");
        String theirs = UUID.randomUUID().toString();
        assertThat(client.post("/api/v1/applications", other, application(theirs, "Parkeerscan", "EXPLORATION"))
                .status()).isEqualTo(201);

        Response foreign = post(token, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", theirs));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("detail").asText()).contains("belongs to another organisation");
        assertThat(eventsStored()).isEqualTo(1);
        assertThat(post(ADMIN, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", theirs)).status())
                .isEqualTo(201);
    }

    @Test
    void refusesAnOrganisationThatIsNotResponsibleAndRolesThatMayNotWrite() {
        String other = client.createOrganisation(ADMIN, "gemeente-" + UUID.randomUUID().toString().substring(0, 8),
                "GEMEENTE");
        Response foreign = post(other, event("ProgressReported", "2024-01-05T09:00:00Z", "summary", "Niet van ons"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(foreign.json().get("detail").asText()).contains("another organisation");

        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"CIO Rijk\"}")
                .json().get("token").asText();
        assertThat(post(analyst, event("ProgressReported", "2024-01-05T09:00:00Z", "summary", "x")).status())
                .isEqualTo(403);
        assertThat(client.get("/api/v1/commitments/" + id, analyst).status()).isEqualTo(200);
        assertThat(client.post("/api/v1/commitments", token, registration("motie-" + UUID.randomUUID()
                .toString().substring(0, 8), "MOTIE", "INNOVEREN", "2024-01-01", "2024-12-31", organisation,
                List.of("Six Dijkstra"))).status()).isEqualTo(403);
        assertThat(eventsStored()).isEqualTo(1);
    }

    @Test
    void answersBadRegistrationsWithAProblemNamingTheFieldAndStoresNothing() {
        String fresh = "motie-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("kind", registration(fresh, "MOTION", "SAMENWERKEN", "2023-04-11", "2024-01-31", organisation,
                List.of("X")));
        bad.put("dueDate", registration(fresh, "MOTIE", "SAMENWERKEN", "2023-04-11", "2023-04-10", organisation,
                List.of("X")));
        bad.put("actionLine", registration(fresh, "MOTIE", "SAMENWERKING", "2023-04-11", "2024-01-31",
                organisation, List.of("X")));
        bad.put("adoptedOn", registration(fresh, "MOTIE", "SAMENWERKEN", "2999-04-11", "2999-05-31", organisation,
                List.of("X")));
        bad.put("submitters", registration(fresh, "MOTIE", "SAMENWERKEN", "2023-04-11", "2024-01-31",
                organisation, List.of()));
        bad.put("responsibleOrganisationId", registration(fresh, "MOTIE", "SAMENWERKEN", "2023-04-11",
                "2024-01-31", "nobody-" + fresh, List.of("X")));
        bad.put("id", registration("Motie 1003!", "MOTIE", "SAMENWERKEN", "2023-04-11", "2024-01-31",
                organisation, List.of("X")));
        bad.forEach((field, body) -> {
            Response response = client.post("/api/v1/commitments", ADMIN, body);
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().at("/invalidParams/0/name").asText()).as(field).isEqualTo(field);
        });
        assertThat(client.get("/api/v1/commitments/" + fresh, ADMIN).status()).isEqualTo(404);

        Response duplicate = client.post("/api/v1/commitments", ADMIN, registration(id, "TOEZEGGING",
                "INNOVEREN", "2023-04-11", "2024-01-31", organisation, List.of()));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(view("").get("kind").asText()).isEqualTo("MOTIE");
    }

    @Test
    void answersBadEventsWithAProblemAndStoresNothing() {
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("type", event("Adopted", "2024-01-05T09:00:00Z"));
        bad.put("dueDate", event("DueDateChanged", "2024-01-05T09:00:00Z", "dueDate", "2023-01-01",
                "reason", "Vergissing"));
        bad.put("summary", event("ProgressReported", "2024-01-05T09:00:00Z", "summary", ""));
        bad.put("occurredAt", event("ProgressReported", "2999-01-05T09:00:00Z", "summary", "Toekomst"));
        bad.forEach((field, body) -> {
            Response response = post(ADMIN, body);
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().at("/invalidParams/0/name").asText()).as(field).isEqualTo(field);
        });
        assertThat(post(ADMIN, event("ProgressReported", "2023-04-10T09:00:00Z", "summary", "Voor de aanneming"))
                .status()).isEqualTo(409);
        assertThat(client.post("/api/v1/commitments/unknown-" + id + "/events", ADMIN,
                event("ProgressReported", "2024-01-05T09:00:00Z", "summary", "x")).status()).isEqualTo(404);
        assertThat(eventsStored()).isEqualTo(1);
    }

    @Test
    void listsCommitmentsByStatusKindActionLineAndOverdue() {
        String registeredAt = view("").at("/progress/0/recordedAt").asText();
        assertThat(post(ADMIN, event("DueDateChanged", "2023-12-01T09:00:00Z", "dueDate", "2099-12-31",
                "reason", "Later")).status()).isEqualTo(201);
        assertThat(listed("?kind=MOTIE&actionLine=SAMENWERKEN&status=OPENSTAAND&overdue=false")).contains(id);
        assertThat(listed("?overdue=true")).doesNotContain(id);
        assertThat(listed("?status=VOLDAAN")).doesNotContain(id);
        assertThat(listed("?kind=TOEZEGGING")).doesNotContain(id);
        assertThat(listed("?overdue=true&asOf=" + registeredAt)).contains(id);
        assertThat(listed("?overdue=false&validAt=2023-12-01T08:00:00Z")).contains(id);
        Response wrong = client.get("/api/v1/commitments?status=KLAAR", token);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().at("/invalidParams/0/name").asText()).isEqualTo("status");
    }

    private List<String> listed(String query) {
        Response list = client.get("/api/v1/commitments" + query, token);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(list.json().get("items").size());
        return list.json().get("items").findValuesAsText("id");
    }

    private Map<String, Object> body(String fresh, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", fresh);
        body.put("kind", kind);
        body.put("title", "Titel van " + fresh);
        body.put("responsibleOrganisationId", organisation);
        return body;
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registersTheBodyOfTheContractWithAnAbsentDueDateAndNeverCallsItOverdue() {
        String fresh = fresh("motie");
        String body = """
                {"id": "%s", "kind": "MOTIE", "reference": "Kamerstukken 2022/23, 26 643, nr. 1003",
                 "title": "Integrale visie", "submitters": ["Dekker-Abdulaziz", "Rajkowski"], "adoptedOn": "2023-04-11",
                 "dueDate": null, "responsibleOrganisationId": "%s", "responsibleMinister": "Staatssecretaris van BZK",
                 "actionLine": "SAMENWERKEN", "sources": ["2024-01-12-beslisnota-visie-generatieve-ai.txt"]}"""
                .formatted(fresh, organisation);
        Response registered = client.post("/api/v1/commitments", ADMIN, body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode view = registered.json();
        assertThat(view.get("dueDate").isNull()).isTrue();
        assertThat(view.get("overdue").asBoolean()).isFalse();
        assertThat(view.get("responsibleMinister").asText()).isEqualTo("Staatssecretaris van BZK");
        assertThat(view.get("sources").toString()).isEqualTo("[\"2024-01-12-beslisnota-visie-generatieve-ai.txt\"]");
        assertThat(view.get("kamerstuk").isNull()).isTrue();
        assertThat(view.get("firstNamedOn").isNull()).isTrue();
        assertThat(view.get("fulfilledBy").isNull()).isTrue();
    }

    @Test
    void keepsAMonthAsAMonthAndJudgesADueMonthOverdueOnlyAfterIt() {
        String fresh = fresh("toezegging");
        Map<String, Object> body = body(fresh, "TOEZEGGING");
        body.put("kamerstuk", Map.of("vergaderjaar", "2023-2024", "dossier", "26 643", "number", "1125"));
        body.put("firstNamedOn", "2024-01-12");
        body.put("dueDate", "2024-01");
        Response registered = client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(body));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonNode view = registered.json();
        assertThat(view.get("adoptedOn").isNull()).as("an unknown adoption is not filled in").isTrue();
        assertThat(view.get("firstNamedOn").asText()).isEqualTo("2024-01-12");
        assertThat(view.get("dueDate").asText()).isEqualTo("2024-01");
        assertThat(view.at("/kamerstuk/vergaderjaar").asText()).isEqualTo("2023-2024");
        assertThat(view.at("/progress/0/occurredAt").asText()).isEqualTo("2024-01-12T00:00:00Z");
        assertThat(view.get("overdue").asBoolean()).isTrue();
        String path = "/api/v1/commitments/" + fresh;
        assertThat(client.get(path + "?validAt=2024-01-31T23:59:59Z", ADMIN).json().get("overdue").asBoolean())
                .isFalse();
        assertThat(client.get(path + "?validAt=2024-02-01T00:00:00Z", ADMIN).json().get("overdue").asBoolean())
                .isTrue();
        assertThat(client.get(path + "?validAt=2024-01-11T00:00:00Z", ADMIN).status())
                .as("it exists from the earliest source that names it").isEqualTo(404);

        Response fulfilled = client.post(path + "/events", ADMIN, """
                {"type": "Fulfilled", "reference": "Kamerstukken 2023/24, 26 643, nr. 1125", "occurredOn": "2024-01"}""");
        assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(201);
        JsonNode after = fulfilled.json().get("commitment");
        assertThat(after.get("status").asText()).isEqualTo("VOLDAAN");
        assertThat(after.get("fulfilledBy").asText()).isEqualTo("Kamerstukken 2023/24, 26 643, nr. 1125");
        assertThat(after.get("fulfilledOn").asText()).isEqualTo("2024-01");
        assertThat(after.at("/progress/1/occurredAt").asText()).isEqualTo("2024-01-31T00:00:00Z");
        assertThat(after.at("/progress/1/occurredOn").asText()).isEqualTo("2024-01");
    }

    @Test
    void registersAVisieActionWithoutDueDateOrActionLine() {
        String fresh = fresh("actie");
        Map<String, Object> body = body(fresh, "ACTIE");
        body.put("adoptedOn", "2024-01-18");
        Response registered = client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(body));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("kind").asText()).isEqualTo("ACTIE");
        assertThat(registered.json().get("actionLine").isNull()).isTrue();
        assertThat(registered.json().get("reference").isNull()).isTrue();
        assertThat(listed("?kind=ACTIE")).contains(fresh);
    }

    @Test
    void answersBadDatesKamerstukkenAndFieldsWithAProblemNamingTheField() {
        String fresh = fresh("toezegging");
        Map<String, Object> known = body(fresh, "TOEZEGGING");
        known.put("adoptedOn", "2024-01-18");
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("adoptedOn", Map.of("adoptedOn", "april 2023"));
        bad.put("dueDate", Map.of("dueDate", 2024));
        bad.put("kamerstuk", Map.of("kamerstuk", Map.of("vergaderjaar", "2023/24", "dossier", "26 643", "number", "1")));
        bad.put("firstNamedOn", Map.of("firstNamedOn", "2024-01-12"));
        bad.put("sources", Map.of("sources", "bron.txt"));
        bad.put("responsibleMinister", Map.of("responsibleMinister", " "));
        bad.put("ministerie", Map.of("ministerie", "BZK"));
        bad.forEach((field, change) -> {
            Map<String, Object> body = new LinkedHashMap<>(known);
            body.putAll(change);
            Response response = client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(body));
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().at("/invalidParams/0/name").asText()).as(response.body()).startsWith(field);
        });
        Map<String, Object> undated = body(fresh, "TOEZEGGING");
        Response missing = client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(undated));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/invalidParams/0/name").asText()).isEqualTo("adoptedOn");
        undated.put("adoptedOn", "2026");
        Response unfinishedYear = client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(undated));
        assertThat(unfinishedYear.status()).as("a year counts from its last day").isEqualTo(400);
        assertThat(client.get("/api/v1/commitments/" + fresh, ADMIN).status()).isEqualTo(404);
    }

    @Test
    void datesAStepByTheMonthItsSourceGivesAndRefusesTwoOrNoDates() {
        Response dated = post(ADMIN, """
                {"type": "ProgressReported", "summary": "Voorlopig standpunt verstuurd", "occurredOn": "2023-12"}""");
        assertThat(dated.status()).as(dated.body()).isEqualTo(201);
        JsonNode entry = dated.json().at("/commitment/progress/1");
        assertThat(entry.get("occurredOn").asText()).isEqualTo("2023-12");
        assertThat(entry.get("occurredAt").asText()).isEqualTo("2023-12-31T00:00:00Z");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("occurredOn", """
                {"type": "Fulfilled", "reference": "R", "occurredAt": "2024-01-18T11:00:00Z", "occurredOn": "2024-01"}""");
        bad.put("occurredAt", """
                {"type": "Fulfilled", "reference": "R"}""");
        bad.put("occurredOn ", """
                {"type": "Withdrawn", "reason": "R", "occurredOn": "2999"}""");
        bad.put("occurredOn  ", """
                {"type": "ApplicationLinked", "applicationId": "a", "occurredOn": "2024-01"}""");
        bad.forEach((field, body) -> {
            Response response = post(ADMIN, body);
            assertThat(response.status()).as(field + ": " + response.body()).isEqualTo(400);
            assertThat(response.json().at("/invalidParams/0/name").asText()).isEqualTo(field.strip());
        });
        assertThat(eventsStored()).isEqualTo(2);
    }
}
