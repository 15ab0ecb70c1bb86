package nl.overheid.ailedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client of a running ledger over real HTTP, as an integrator would use it. */
public final class LedgerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public LedgerClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path, String token) {
        return get(path, token, Map.of());
    }

    public Response get(String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).GET().build());
    }

    /** A binary resource as it came, its body as bytes. */
    public HttpResponse<byte[]> getBytes(String path, String token) {
        return exchange(request(path, token, Map.of()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Response post(String path, String token, String body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, String body, Map<String, String> headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response postBytes(String path, String token, byte[] body) {
        return send(request(path, token, Map.of()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token, Map.of()).DELETE().build());
    }

    /** Creates an organisation as the admin and returns its first token. */
    public String createOrganisation(String adminToken, String id, String layer) {
        Response created = post("/api/v1/organisations", adminToken,
                "{\"id\":\"" + id + "\",\"name\":\"Organisatie " + id + "\",\"layer\":\"" + layer + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("organisation not created: " + created);
        }
        return created.json().get("apiToken").asText();
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private Response send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers().map());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }
}
