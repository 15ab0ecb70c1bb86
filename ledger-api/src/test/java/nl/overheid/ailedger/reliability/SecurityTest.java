package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.application.ApplicationRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(OutputCaptureExtension.class)
class SecurityTest extends LedgerHttpTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void keepsAnalystsOutOfAuditAndAdministration() {
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"VNG\"}")
                .json().get("token").asText();
        for (String path : List.of("/api/v1/audit/journal", "/api/v1/audit/checkpoints/latest",
                "/api/v1/admin/projections")) {
            Response response = client.get(path, analyst);
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(client.post("/api/v1/organisations", analyst,
                "{\"id\":\"org-sneaky\",\"name\":\"X\",\"layer\":\"RIJK\"}").status()).isEqualTo(403);
        assertThat(client.post("/api/v1/credentials", analyst, "{\"role\":\"ADMIN\",\"label\":\"me\"}").status())
                .isEqualTo(403);
    }

    @Test
    void neverWritesATokenToTheLogOrTheEventStore(CapturedOutput output) {
        String organisationToken = client.createOrganisation(ADMIN, "org-" + UUID.randomUUID().toString().substring(0, 8),
                "WATERSCHAP");
        String auditorToken = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"AUDITOR\",\"label\":\"ADR\"}")
                .json().get("token").asText();
        String id = UUID.randomUUID().toString();
        client.post("/api/v1/applications", organisationToken, ApplicationRequests.registration(id, "PILOT"));
        client.get("/api/v1/applications/" + id + "/history", auditorToken);
        client.get("/api/v1/applications/" + id, "lgr_wrong-" + organisationToken.substring(4));

        for (String token : List.of(organisationToken, auditorToken)) {
            assertThat(output.getAll()).doesNotContain(token);
            List<String> storedEvents = jdbc.query("SELECT payload, meta_data FROM domain_event_entry",
                    (rs, i) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)
                            + new String(rs.getBytes(2), StandardCharsets.UTF_8));
            assertThat(storedEvents).isNotEmpty().noneMatch(event -> event.contains(token));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credential WHERE token_hash = ?", Integer.class, token))
                    .as("tokens are stored only as hashes").isZero();
        }
    }

    @Test
    void neverTellsInternalsInAnError() {
        String token = client.createOrganisation(ADMIN, "org-" + UUID.randomUUID().toString().substring(0, 8), "RIJK");
        List<Response> errors = List.of(
                client.post("/api/v1/applications", token, "{\"name\": \"x\", \"phase\": \"PILOT\""),
                client.post("/api/v1/applications", token, "{\"id\": \"'; DROP TABLE credential; --\"}"),
                client.get("/api/v1/applications/%27%20OR%201%3D1", token),
                client.post("/api/v1/applications/" + UUID.randomUUID() + "/events", token, "{\"type\":\"PilotStarted\"}"));
        for (Response error : errors) {
            assertThat(error.status()).isBetween(400, 499);
            assertThat(error.body()).doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("select ")
                    .doesNotContain("at nl.overheid")
                    .doesNotContain("org.springframework");
        }
    }

    /** The metrics tell how the ledger runs and where: for its scraper and its admins, not for anyone. */
    @Test
    void showsMetricsOnlyToTheScraperAndAdmins() {
        Response issued = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"METRICS\",\"label\":\"prometheus\"}");
        assertThat(issued.status()).isEqualTo(201);
        String scraper = issued.json().get("token").asText();
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"analist\"}")
                .json().get("token").asText();
        assertThat(client.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(client.get("/actuator/prometheus", analyst).status()).isEqualTo(403);
        assertThat(client.get("/actuator/prometheus", scraper).body()).contains("ledger_commands_total");
        assertThat(client.get("/actuator/prometheus", ADMIN).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/monitor", scraper).status()).isEqualTo(403);
        assertThat(client.get("/actuator/health", null).status()).isEqualTo(200);
    }

    @Test
    void everyErrorIsAProblemOfTheLedgersOwnType() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<Integer, HttpRequest> requests = Map.of(
                404, request("/error").GET().build(),
                405, request("/api/v1/credentials/cred-x").PUT(HttpRequest.BodyPublishers.ofString("{}"))
                        .header("Content-Type", "application/json").build(),
                415, request("/api/v1/credentials").POST(HttpRequest.BodyPublishers.ofString("role=ADMIN"))
                        .header("Content-Type", "text/plain").build());
        for (Map.Entry<Integer, HttpRequest> expected : requests.entrySet()) {
            HttpResponse<String> response = http.send(expected.getValue(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(expected.getValue().uri().toString()).isEqualTo(expected.getKey());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            Response problem = new Response(response.statusCode(), response.body(), response.headers().map());
            assertThat(problem.json().get("status").asInt()).isEqualTo(expected.getKey());
            assertThat(problem.json().get("type").asText()).startsWith("urn:nl:ailedger:problem:");
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(client.baseUrl() + path)).header("Authorization", "Bearer " + ADMIN);
    }
}
