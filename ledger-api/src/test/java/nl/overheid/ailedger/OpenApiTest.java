package nl.overheid.ailedger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OpenApiTest extends LedgerHttpTest {

    @Test
    void servesTheOpenApiDocumentWithoutAuthentication() {
        LedgerClient.Response response = client.get("/api/v1/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.at("/paths").fieldNames()).toIterable()
                .contains("/applications", "/applications/{id}/events", "/organisations");
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/api/v1");
        JsonNode post = document.at("/paths/~1applications~1{id}~1events/post");
        assertThat(post.at("/responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "404", "409", "422");
        assertThat(post.at("/responses/422/content").fieldNames()).toIterable().contains("application/problem+json");
        assertThat(post.at("/responses/201/headers/API-Version").isMissingNode()).isFalse();
    }
}
