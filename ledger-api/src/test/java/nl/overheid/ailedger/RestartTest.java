package nl.overheid.ailedger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.application.ApplicationRequests;
import org.junit.jupiter.api.Test;

class RestartTest {

    private static final String ADMIN = "dev-admin-token";

    @Test
    void keepsEveryEventAndTheSameViewsAcrossARestartOnTheSameStorage() {
        Map<String, String> storage = TestStorage.fresh();
        String applicationId = UUID.randomUUID().toString();
        String view;
        String history;
        String organisations;
        String token;
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            LedgerClient client = ledger.client();
            token = client.createOrganisation(ADMIN, "gemeente-utrecht", "GEMEENTE");
            assertThat(client.post("/api/v1/applications", token,
                    ApplicationRequests.registration(applicationId, "PILOT")).status())
                    .isEqualTo(201);
            assertThat(client.post("/api/v1/applications/" + applicationId + "/events", token,
                    "{\"type\":\"RoleSignedOff\",\"role\":\"CIO\",\"signedBy\":\"A\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}")
                    .status()).isEqualTo(201);
            view = client.get("/api/v1/applications/" + applicationId, ADMIN).body();
            history = client.get("/api/v1/applications/" + applicationId + "/history", ADMIN).body();
            organisations = client.get("/api/v1/organisations", ADMIN).body();
        }
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            LedgerClient client = ledger.client();
            assertThat(client.get("/api/v1/applications/" + applicationId, ADMIN).body()).isEqualTo(view);
            assertThat(client.get("/api/v1/applications/" + applicationId + "/history", ADMIN).body()).isEqualTo(history);
            assertThat(client.get("/api/v1/organisations", ADMIN).body()).isEqualTo(organisations);
            Response next = client.post("/api/v1/applications/" + applicationId + "/events", token,
                    "{\"type\":\"RoleSignedOff\",\"role\":\"FG\",\"signedBy\":\"B\",\"occurredAt\":\"2025-05-02T09:00:00Z\"}");
            assertThat(next.status()).as("the organisation's token still works").isEqualTo(201);
            assertThat(next.json().get("sequence").asLong()).isEqualTo(2);
        }
    }
}
