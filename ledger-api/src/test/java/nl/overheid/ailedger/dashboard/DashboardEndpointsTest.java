package nl.overheid.ailedger.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.Test;

/** What the dashboard needs from the server besides the API: its open pages, who the caller is, the checkpoint. */
class DashboardEndpointsTest extends LedgerHttpTest {

    @Test
    void servesThePagesWithoutATokenButNoDataAndNothingElse() {
        Response monitorPage = client.get("/", null);
        assertThat(monitorPage.status()).isEqualTo(200);
        assertThat(monitorPage.header("Content-Type")).startsWith("text/html");
        assertThat(monitorPage.body()).contains("<html lang=\"nl\"", "Direct naar de inhoud", "/assets/js/monitor.js");
        assertThat(monitorPage.header("Content-Security-Policy")).contains("script-src 'self'");
        for (String asset : new String[] {"/register.html", "/toepassing.html", "/toezeggingen.html",
                "/beleidsverkenning.html", "/aanmelden.html", "/assets/js/api.js", "/assets/js/simulation.js",
                "/assets/css/dashboard.css", "/assets/favicon.svg"}) {
            assertThat(client.get(asset, null).status()).as(asset).isEqualTo(200);
        }
        assertThat(client.get("/api/v1/monitor", null).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/checkpoint", null).status()).isEqualTo(401);
        assertThat(client.get("/elders.html", null).status()).isIn(401, 403);
        assertThat(client.get("/application.yml", null).status()).isIn(401, 403);
    }

    @Test
    void namesTheCallersCredentialButNeverItsToken() {
        Response issued = client.post("/api/v1/credentials", ADMIN, "{\"role\": \"ANALYST\", \"label\": \"VNG analist\"}");
        String token = issued.json().get("token").asText();

        Response current = client.get("/api/v1/credentials/current", token);

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("id").asText()).isEqualTo(issued.json().get("id").asText());
        assertThat(current.json().get("role").asText()).isEqualTo("ANALYST");
        assertThat(current.json().get("label").asText()).isEqualTo("VNG analist");
        assertThat(current.json().get("organisationId").isNull()).isTrue();
        assertThat(current.body()).doesNotContain(token);
    }

    @Test
    void namesTheOrganisationOfAnOrganisationCredential() {
        String organisation = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        String token = client.createOrganisation(ADMIN, organisation, "GEMEENTE");

        JsonNode current = client.get("/api/v1/credentials/current", token).json();

        assertThat(current.get("role").asText()).isEqualTo("ORGANISATION");
        assertThat(current.get("organisationId").asText()).isEqualTo(organisation);
    }

    @Test
    void refusesAnUnknownTokenAndLeavesCredentialAdministrationToAdmins() {
        assertThat(client.get("/api/v1/credentials/current", "not-a-token").status()).isEqualTo(401);
        assertThat(client.get("/api/v1/credentials/current", null).status()).isEqualTo(401);
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\": \"ANALYST\", \"label\": \"a\"}")
                .json().get("token").asText();
        assertThat(client.delete("/api/v1/credentials/current", analyst).status()).isEqualTo(403);
    }

    @Test
    void givesEveryReaderTheCheckpointOfAMoment() throws InterruptedException {
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\": \"ANALYST\", \"label\": \"a\"}")
                .json().get("token").asText();
        client.createOrganisation(ADMIN, "dash-" + UUID.randomUUID().toString().substring(0, 8), "RIJK");
        JsonNode latest = awaitSignedCheckpoint();

        JsonNode atSigning = client.get("/api/v1/checkpoint?asOf=" + latest.get("signedAt").asText(), analyst).json();
        assertThat(atSigning.get("asOf").asText()).isEqualTo(latest.get("signedAt").asText());
        assertThat(atSigning.at("/checkpoint/treeSize").asLong()).isEqualTo(latest.get("treeSize").asLong());
        assertThat(atSigning.at("/checkpoint/rootHash").asText()).isEqualTo(latest.get("rootHash").asText());

        JsonNode beforeAnything = client.get("/api/v1/checkpoint?asOf=1970-01-01T00:00:00Z", analyst).json();
        assertThat(beforeAnything.get("checkpoint").isNull()).isTrue();

        JsonNode now = client.get("/api/v1/checkpoint", analyst).json();
        assertThat(Instant.parse(now.get("asOf").asText())).isAfterOrEqualTo(Instant.parse(latest.get("signedAt").asText()));
        assertThat(now.at("/checkpoint/treeSize").asLong()).isGreaterThanOrEqualTo(latest.get("treeSize").asLong());
    }

    @Test
    void refusesAMomentThatIsNoInstant() {
        Response words = client.get("/api/v1/checkpoint?asOf=gisteren", ADMIN);
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.json().at("/invalidParams/0/name").asText()).isEqualTo("asOf");

        Response tooEarly = client.get("/api/v1/checkpoint?asOf=1969-12-31T23:59:59Z", ADMIN);
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().at("/invalidParams/0/name").asText()).isEqualTo("asOf");
    }

    private JsonNode awaitSignedCheckpoint() throws InterruptedException {
        for (int attempt = 0; attempt < 150; attempt++) {
            Response latest = client.get("/api/v1/audit/checkpoints/latest", ADMIN);
            if (latest.status() == 200) {
                return latest.json();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no checkpoint was signed within 30 s");
    }
}
