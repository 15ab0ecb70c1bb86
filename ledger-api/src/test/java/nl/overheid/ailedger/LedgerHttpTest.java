package nl.overheid.ailedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP tests: one running ledger on real H2 files in a fresh directory, shared by the test
 * classes of a run. Tests use ids of their own, so they do not see each other's data. Metrics are exported
 * as in production (Spring Boot tests switch that off by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class LedgerHttpTest {

    public static final String ADMIN = "dev-admin-token";
    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    private int port;

    protected LedgerClient client;

    @DynamicPropertySource
    static void ledgerProperties(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", DATA_DIR::toString);
        registry.add("ledger.demo-data", () -> "false");
    }

    @BeforeEach
    void connect() {
        client = new LedgerClient("http://localhost:" + port);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("ledger-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
