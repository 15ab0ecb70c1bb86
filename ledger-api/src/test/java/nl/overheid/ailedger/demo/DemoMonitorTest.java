package nl.overheid.ailedger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.Test;

/**
 * The demo data as the README's first command loads it: the real Algoritmeregister (two shipped snapshots) tells
 * nothing of risk analyses, roles or supplier agreements, so the monitor must call its generative applications in
 * use onbekend, not non-compliant or overdue.
 */
class DemoMonitorTest {

    private static final String ADMIN = "dev-admin-token";

    @Test
    void countsWhatItKnowsOnlyFromTheRegisterAsUnknownNeverAsAViolation() {
        assumeFalse(TestStorage.onPostgres(), "the demo data is the embedded default's");
        Map<String, String> storage = new HashMap<>(TestStorage.fresh());
        storage.put("ledger.demo-data", "true");
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            LedgerClient client = ledger.client();
            ProjectionsCaughtUp.await(client, ADMIN);

            JsonNode monitor = client.get("/api/v1/monitor", ADMIN).json();
            long generativeInUse = client.get("/api/v1/applications?generativeAi=true&phase=PRODUCTION&pageSize=1",
                    ADMIN).json().get("total").asLong();
            assertThat(monitor.get("applications").asLong()).isGreaterThan(1000);
            assertThat(generativeInUse).isPositive();
            assertThat(monitor.at("/compliance/UNKNOWN").asLong()).isEqualTo(generativeInUse);
            assertThat(monitor.at("/compliance/NON_COMPLIANT").asLong()).isZero();
            assertThat(monitor.at("/compliance/OVERDUE").asLong()).isZero();

            JsonNode unknown = client.get("/api/v1/applications?complianceStatus=UNKNOWN&pageSize=500", ADMIN).json();
            assertThat(unknown.get("total").asLong()).isEqualTo(generativeInUse);
            unknown.get("items").forEach(application -> {
                assertThat(application.at("/compliance/unmet").size()).isZero();
                assertThat(application.get("impactAssessment").asText()).isIn("YES", "NO", "UNKNOWN");
            });
        }
    }
}
