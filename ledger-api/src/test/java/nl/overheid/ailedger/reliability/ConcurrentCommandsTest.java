package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.application.ApplicationRequests;
import nl.overheid.ailedger.core.api.application.Role;
import org.junit.jupiter.api.Test;

class ConcurrentCommandsTest extends LedgerHttpTest {

    private static final int CLIENTS = 20;

    @Test
    void answersRacingSignOffsAndMovesConsistentlyAndNeverWith500() throws Exception {
        String token = client.createOrganisation(ADMIN, "org-race-" + UUID.randomUUID().toString().substring(0, 6),
                "RIJK");
        String id = UUID.randomUUID().toString();
        String events = "/api/v1/applications/" + id + "/events";
        assertThat(client.post("/api/v1/applications", token, ApplicationRequests.registration(id, "PILOT")).status())
                .isEqualTo(201);
        assertThat(client.post(events, token, """
                {"type": "RiskAnalysisSubmitted", "analysisId": "dpia", "kind": "DPIA", "documentRef": "doc",
                 "documentSha256": "%s", "occurredAt": "2025-05-01T09:00:00Z"}""".formatted("b".repeat(64))).status())
                .isEqualTo(201);
        assertThat(client.post(events, token, """
                {"type": "RiskAnalysisApproved", "analysisId": "dpia", "approverRole": "FG",
                 "occurredAt": "2025-05-02T09:00:00Z"}""").status()).isEqualTo(201);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String body = i % 2 == 0
                    ? "{\"type\":\"RoleSignedOff\",\"role\":\"" + (i % 4 == 0 ? "CIO" : "FG")
                      + "\",\"signedBy\":\"client " + i + "\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}"
                    : "{\"type\":\"MovedToProduction\",\"occurredAt\":\"2025-06-02T09:00:00Z\"}";
            answers.add(pool.submit(() -> {
                start.await();
                return client.post(events, token, body).status();
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertThat(status).isIn(201, 409, 422);
            accepted += status == 201 ? 1 : 0;
        }
        pool.shutdown();

        JsonNode history = client.get("/api/v1/applications/" + id + "/history", ADMIN).json().get("items");
        assertThat(history.size()).isEqualTo(3 + accepted);
        Set<Role> signedOff = EnumSet.noneOf(Role.class);
        int moves = 0;
        for (JsonNode event : history) {
            switch (event.get("type").asText()) {
                case "RoleSignedOff" -> signedOff.add(Role.valueOf(event.at("/payload/role").asText()));
                case "MovedToProduction" -> {
                    assertThat(signedOff).as("a role involved before the move, as the standpunt asks").isNotEmpty();
                    moves++;
                }
                default -> { }
            }
        }
        assertThat(moves).isLessThanOrEqualTo(1);
        String phase = client.get("/api/v1/applications/" + id, ADMIN).json().get("phase").asText();
        assertThat(phase).isEqualTo(moves == 1 ? "PRODUCTION" : "PILOT");
    }
}
