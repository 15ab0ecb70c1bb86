package nl.overheid.ailedger.application;

import static nl.overheid.ailedger.LedgerHttpTest.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerApplication;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A ledger stopped and started again on the same H2 files, as an operator restarts it. */
class RegisterRestartTest {

    private static final String APPLICATION = "b0000000-0000-4000-8000-000000000001";
    private static final String EVENTS = "/api/v1/applications/" + APPLICATION + "/events";

    private final Map<String, String> storage = TestStorage.fresh();

    @Test
    void resumesFromItsTokensWithoutProjectingAnEventTwice() {
        String token;
        Instant asOf;
        Map<String, String> before;
        Map<String, List<JsonNode>> positionsBefore;
        try (ConfigurableApplicationContext first = start()) {
            LedgerClient client = client(first);
            token = client.createOrganisation(ADMIN, "org-restart", "GEMEENTE");
            assertThat(client.post("/api/v1/applications", token,
                    ApplicationRequests.registration(APPLICATION, "EXPLORATION")).status()).isEqualTo(201);
            assertThat(client.post(EVENTS, token, "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}")
                    .status()).isEqualTo(201);
            positionsBefore = positions(ProjectionsCaughtUp.await(client, ADMIN));
            asOf = Instant.now();
            before = answers(client, asOf);
        }

        try (ConfigurableApplicationContext second = start()) {
            LedgerClient client = client(second);
            assertThat(positions(ProjectionsCaughtUp.await(client, ADMIN))).isEqualTo(positionsBefore);
            assertThat(answers(client, asOf)).isEqualTo(before);
            assertThat(eventsHandledByTheRegister(client)).isZero();

            Response suspended = client.post(EVENTS, token,
                    "{\"type\":\"Suspended\",\"reason\":\"Evaluatie\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}");
            assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
            assertThat(suspended.json().at("/application/version").asLong()).isEqualTo(2);
            JsonNode history = client.get("/api/v1/applications/" + APPLICATION + "/history", ADMIN).json();
            assertThat(history.get("items").findValuesAsText("type"))
                    .containsExactly("ApplicationRegistered", "PilotStarted", "Suspended");
            assertThat(client.get("/api/v1/monitor", ADMIN).json().at("/byPhase/SUSPENDED").asLong()).isEqualTo(1);
            assertThat(eventsHandledByTheRegister(client)).isEqualTo(1);
        }
    }

    /** Axon's count of the events the register's handlers handled in this run of the ledger. */
    private static double eventsHandledByTheRegister(LedgerClient client) {
        return client.get("/actuator/prometheus", ADMIN).body().lines()
                .filter(line -> line.startsWith("axon_event_processor_success_total{")
                        && line.contains("processor_name=\"register\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(TestStorage.asArguments(storage, "--server.port=0"));
    }

    private static LedgerClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new LedgerClient("http://localhost:" + port);
    }

    /** Each processor's token position per segment. */
    private static Map<String, List<JsonNode>> positions(JsonNode processors) {
        Map<String, List<JsonNode>> positions = new LinkedHashMap<>();
        processors.forEach(processor -> positions.put(processor.get("name").asText(),
                processor.get("segments").findValues("position")));
        return positions;
    }

    private static Map<String, String> answers(LedgerClient client, Instant asOf) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : List.of("/api/v1/applications/" + APPLICATION,
                "/api/v1/applications/" + APPLICATION + "/history", "/api/v1/applications?organisationId=org-restart",
                "/api/v1/monitor?asOf=" + asOf, "/api/v1/organisations")) {
            Response response = client.get(question, ADMIN);
            assertThat(response.status()).as(question).isEqualTo(200);
            answers.put(question, response.body());
        }
        return answers;
    }
}
