package nl.overheid.ailedger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The bootstrap admin as an operator configures it: {@code LEDGER_BOOTSTRAP_ADMIN_TOKEN} and nothing else, on the
 * embedded default as in production, across restarts.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {

    private static final String WHO_AM_I = "/api/v1/credentials/current";
    private static final String DEVELOPMENT_TOKEN = "dev-admin-token";

    @Test
    void theConfiguredTokenIsTheBootstrapAdminAndItsRevocationOutlivesARestart(CapturedOutput output) {
        Map<String, String> storage = storageWithoutAToken();
        String secondAdmin;
        Map<String, String> withScraper = withToken(storage, "geheim-een");
        withScraper.put("LEDGER_METRICS_TOKEN", "meet-geheim");
        try (RunningLedger ledger = RunningLedger.start(withScraper)) {
            LedgerClient client = ledger.client();
            assertThat(client.get("/actuator/prometheus", "meet-geheim").status()).isEqualTo(200);
            assertThat(client.get("/api/v1/monitor", "meet-geheim").status()).as("metrics only").isEqualTo(403);
            assertThat(client.get(WHO_AM_I, "geheim-een").status()).isEqualTo(200);
            assertThat(client.get(WHO_AM_I, DEVELOPMENT_TOKEN).status()).isEqualTo(401);
            assertThat(output).contains("The token in LEDGER_BOOTSTRAP_ADMIN_TOKEN is the bootstrap admin");
            String bootstrap = client.get(WHO_AM_I, "geheim-een").json().get("id").asText();
            secondAdmin = client.post("/api/v1/credentials", "geheim-een",
                    "{\"role\": \"ADMIN\", \"label\": \"tweede beheerder\"}").json().get("token").asText();
            assertThat(client.delete("/api/v1/credentials/" + bootstrap, secondAdmin).status()).isEqualTo(204);
            assertThat(client.get(WHO_AM_I, "geheim-een").status()).isEqualTo(401);
        }
        try (RunningLedger ledger = RunningLedger.start(withToken(storage, "geheim-een"))) {
            assertThat(ledger.client().get(WHO_AM_I, "geheim-een").status()).as("revoked before the restart")
                    .isEqualTo(401);
            assertThat(output).contains("The token in LEDGER_BOOTSTRAP_ADMIN_TOKEN was revoked and stays revoked");
        }
        try (RunningLedger ledger = RunningLedger.start(withToken(storage, "geheim-twee"))) {
            LedgerClient client = ledger.client();
            assertThat(client.get(WHO_AM_I, "geheim-twee").status()).as("a new token, a new credential")
                    .isEqualTo(200);
            assertThat(client.get(WHO_AM_I, "geheim-een").status()).isEqualTo(401);
            assertThat(client.get(WHO_AM_I, secondAdmin).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutAConfiguredTokenTheDevelopmentTokenIsTheBootstrapAdminAndTheLogSaysSo(CapturedOutput output) {
        try (RunningLedger ledger = RunningLedger.start(storageWithoutAToken())) {
            assertThat(ledger.client().get(WHO_AM_I, DEVELOPMENT_TOKEN).status()).isEqualTo(200);
            assertThat(output).contains("LEDGER_BOOTSTRAP_ADMIN_TOKEN is not set, so the development token is the "
                    + "bootstrap admin");
        }
    }

    /** Fresh storage as an operator starts it: no token property, only what the profile says. */
    private static Map<String, String> storageWithoutAToken() {
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.remove("ledger.security.bootstrap-admin-token");
        return storage;
    }

    /** The variable as the environment would give it: Spring resolves it from any property source. */
    private static Map<String, String> withToken(Map<String, String> storage, String token) {
        Map<String, String> configured = new LinkedHashMap<>(storage);
        configured.put("LEDGER_BOOTSTRAP_ADMIN_TOKEN", token);
        return configured;
    }
}
