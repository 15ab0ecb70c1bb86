package nl.overheid.ailedger.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.projections.Awaiting;
import org.junit.jupiter.api.Test;

class CredentialApiTest extends LedgerHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFirstTokenOfAnOrganisationCanBeFoundInTheListAndRevoked() {
        String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = client.post("/api/v1/organisations", ADMIN,
                "{\"id\":\"" + organisation + "\",\"name\":\"Gemeente Proef\",\"layer\":\"GEMEENTE\"}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("apiToken").asText();
        String credentialId = created.json().get("credentialId").asText();

        Response list = client.get("/api/v1/credentials", ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token);
        JsonNode listed = credential(list.json(), credentialId);
        assertThat(listed.get("role").asText()).isEqualTo("ORGANISATION");
        assertThat(listed.get("organisationId").asText()).isEqualTo(organisation);
        assertThat(listed.get("revokedAt").isNull()).isTrue();

        assertThat(client.delete("/api/v1/credentials/" + credentialId, ADMIN).status()).isEqualTo(204);
        assertThat(client.get("/api/v1/credentials/current", token).status()).isEqualTo(401);
        assertThat(credential(client.get("/api/v1/credentials", ADMIN).json(), credentialId).get("revokedAt").asText())
                .isNotEmpty();
    }

    @Test
    void issuingAndRevokingAreSealedEventsThatNameWhoDidIt() {
        String admin = client.get("/api/v1/credentials/current", ADMIN).json().get("id").asText();
        Response issued = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"AUDITOR\",\"label\":\"Rekenkamer\"}");
        String id = issued.json().get("id").asText();
        String token = issued.json().get("token").asText();
        assertThat(client.delete("/api/v1/credentials/" + id, ADMIN).status()).isEqualTo(204);

        List<JsonNode> lines = new ArrayList<>();
        Awaiting.until(() -> {
            lines.clear();
            client.get("/api/v1/audit/journal?fromSequence=0&limit=100000", ADMIN).body().lines()
                    .map(CredentialApiTest::parse).filter(line -> id.equals(line.at("/payload/credentialId").asText()))
                    .forEach(lines::add);
            return lines.size() == 2;
        }, Duration.ofSeconds(30));
        assertThat(lines).extracting(line -> line.get("type").asText())
                .containsExactly("CredentialIssued", "CredentialRevoked");
        assertThat(lines).allSatisfy(line -> assertThat(line.get("actor").asText()).isEqualTo(admin));
        assertThat(lines.get(0).at("/payload/role").asText()).isEqualTo("AUDITOR");
        assertThat(lines.get(0).at("/payload/label").asText()).isEqualTo("Rekenkamer");
        assertThat(lines.toString()).doesNotContain(token);
    }

    @Test
    void onlyAnAdminListsCredentials() {
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"analist\"}")
                .json().get("token").asText();
        assertThat(client.get("/api/v1/credentials", analyst).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/credentials", null).status()).isEqualTo(401);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode credential(JsonNode list, String id) {
        for (JsonNode item : list.get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no credential " + id + " in " + list);
    }
}
