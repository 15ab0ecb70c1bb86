package nl.overheid.ailedger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.Test;

class RefusedTokensTest {

    @Test
    void anAddressThatSendsTooManyUnknownTokensIsToldToWaitBeforeAnyTokenIsLookedUp() {
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.security.refused-tokens-per-minute", "3");
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            LedgerClient client = ledger.client();
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThat(client.get("/api/v1/monitor", "geraden-" + attempt).status()).isEqualTo(401);
            }
            Response throttled = client.get("/api/v1/monitor", "geraden-4");
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.json().get("type").asText()).isEqualTo("urn:nl:ailedger:problem:too-many-refused-tokens");
            assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(client.get("/api/v1/monitor", "dev-admin-token").status()).as("no token is looked up")
                    .isEqualTo(429);
            assertThat(client.get("/actuator/health", null).status()).as("without a token nothing is throttled")
                    .isEqualTo(200);
        }
    }
}
