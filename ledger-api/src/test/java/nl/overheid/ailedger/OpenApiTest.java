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
                .contains("/api/v1/applications", "/api/v1/applications/{id}/events", "/api/v1/organisations");
        JsonNode post = document.at("/paths/~1api~1v1~1applications~1{id}~1events/post");
        assertThat(post.at("/responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "404", "409", "422");
        assertThat(post.at("/responses/422/content").fieldNames()).toIterable().contains("application/problem+json");
        assertThat(post.at("/responses/201/headers/API-Version").isMissingNode()).isFalse();
    }
}
