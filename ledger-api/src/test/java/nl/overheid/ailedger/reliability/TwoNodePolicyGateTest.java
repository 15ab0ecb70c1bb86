package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerProcess;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.application.ApplicationRequests;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL: the policy gate of one node judges an application on every step stored, also on the
 * steps the other node stored after the first had loaded the application.
 */
class TwoNodePolicyGateTest {

    private static final String ADMIN = "dev-admin-token";

    @Test
    void judgesAStepOnTheStepsTheOtherNodeStored() throws Exception {
        assumeTrue(TestStorage.onPostgres(), "needs PostgreSQL: run with the postgres profile");
        Map<String, String> storage = TestStorage.fresh();
        Path log = Files.createTempFile("ledger-two-nodes-gate-", ".log");
        try (LedgerProcess first = LedgerProcess.start(storage, log);
             LedgerProcess second = LedgerProcess.start(storage, log)) {
            String token = first.client().createOrganisation(ADMIN, "gemeente-zwolle", "GEMEENTE");
            String id = UUID.randomUUID().toString();
            assertThat(first.client().post("/api/v1/applications", token,
                    ApplicationRequests.registration(id, "PILOT")).status()).isEqualTo(201);
            assertThat(post(first.client(), token, id, """
                    {"type": "RiskAnalysisSubmitted", "analysisId": "dpia-1", "kind": "DPIA",
                     "documentRef": "https://intranet/dpia-1.pdf", "documentSha256": "%s",
                     "occurredAt": "2025-05-10T09:00:00Z"}""".formatted("b".repeat(64)))).isEqualTo(201);
            assertThat(post(second.client(), token, id, """
                    {"type": "RiskAnalysisApproved", "analysisId": "dpia-1", "approverRole": "FG",
                     "occurredAt": "2025-05-20T09:00:00Z"}""")).isEqualTo(201);
            for (String role : new String[] {"CIO", "FG"}) {
                assertThat(post(second.client(), token, id, """
                        {"type": "RoleSignedOff", "role": "%s", "signedBy": "C. Bakker",
                         "occurredAt": "2025-05-21T09:00:00Z"}""".formatted(role))).isEqualTo(201);
            }

            assertThat(post(first.client(), token, id,
                    "{\"type\":\"MovedToProduction\",\"occurredAt\":\"2025-06-01T09:00:00Z\"}"))
                    .as("the approval and sign-offs stored by the other node count").isEqualTo(201);
        }
    }

    private static int post(LedgerClient node, String token, String application, String body) {
        return node.post("/api/v1/applications/" + application + "/events", token, body).status();
    }
}
