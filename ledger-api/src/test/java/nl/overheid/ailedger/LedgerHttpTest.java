package nl.overheid.ailedger;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP tests: one running ledger on fresh real storage (H2 files, or PostgreSQL in the
 * {@code postgres} profile), shared by the test classes of a run. Tests use ids of their own, so they do
 * not see each other's data. Metrics are exported as in production
 * (Spring Boot tests switch that off by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
public abstract class LedgerHttpTest {

    public static final String ADMIN = "dev-admin-token";
    private static final Map<String, String> STORAGE = TestStorage.fresh();

    @LocalServerPort
    private int port;

    protected LedgerClient client;

    @DynamicPropertySource
    static void ledgerProperties(DynamicPropertyRegistry registry) {
        STORAGE.forEach((name, value) -> registry.add(name, () -> value));
        // Tests that read the audit trail wait for the checkpoint over their events: not the production 10 s.
        registry.add("ledger.sealing.checkpoint-interval", () -> "500ms");
    }

    @BeforeEach
    void connect() {
        client = new LedgerClient("http://localhost:" + port);
    }
}
