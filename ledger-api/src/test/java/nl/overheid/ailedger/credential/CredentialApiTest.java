package nl.overheid.ailedger.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.Test;

class CredentialApiTest extends LedgerHttpTest {

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
    void onlyAnAdminListsCredentials() {
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\":\"ANALYST\",\"label\":\"analist\"}")
                .json().get("token").asText();
        assertThat(client.get("/api/v1/credentials", analyst).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/credentials", null).status()).isEqualTo(401);
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
