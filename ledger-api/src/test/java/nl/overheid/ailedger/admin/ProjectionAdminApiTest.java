package nl.overheid.ailedger.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import org.junit.jupiter.api.Test;

class ProjectionAdminApiTest extends LedgerHttpTest {

    @Test
    void reportsEachProcessorWithItsSegmentsAndLag() {
        client.createOrganisation(ADMIN, "org-admin-status", "OVERIG");
        JsonNode processors = ProjectionsCaughtUp.await(client, ADMIN);
        JsonNode register = null;
        for (JsonNode processor : processors) {
            if (processor.get("name").asText().equals("register")) {
                register = processor;
            }
        }
        assertThat(register).as(processors.toString()).isNotNull();
        assertThat(register.get("running").asBoolean()).isTrue();
        assertThat(register.get("error").asBoolean()).isFalse();
        assertThat(register.get("segments").findValuesAsText("segment")).containsExactly("0", "1");
        assertThat(register.get("segments").findValues("position")).allMatch(position -> position.asLong() >= 0);
        assertThat(register.at("/lag/eventsBehind").asLong()).isZero();
    }

    @Test
    void exposesTheProjectionLagPerProcessorToPrometheus() {
        ProjectionsCaughtUp.await(client, ADMIN);
        String metrics = client.get("/actuator/prometheus", ADMIN).body();
        assertThat(metrics).containsPattern("ledger_projection_lag_events\\{[^}]*processor=\"register\"[^}]*} 0\\.0");
        assertThat(metrics).containsPattern("ledger_projection_lag_seconds\\{[^}]*processor=\"register\"[^}]*} 0\\.0");
    }

    @Test
    void keepsTheProcessorsToAdmins() {
        Response issued = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"BZK\"}");
        String analyst = issued.json().get("token").asText();
        assertThat(client.get("/api/v1/admin/projections", analyst).status()).isEqualTo(403);
        assertThat(client.post("/api/v1/admin/projections/replay", analyst, "").status()).isEqualTo(403);
    }
}
