package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.witness.TestWitness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A ledger with a witness: its checkpoints are cosigned within seconds, also after the witness restarts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
class WitnessedCheckpointsTest {

    private static final String ADMIN = "dev-admin-token";
    private static final TestWitness WITNESS = TestWitness.forNewLedgerKey();
    /** Where Debian's golang-golang-x-mod-dev puts the sources, for Go's GOPATH mode. */
    private static final Path GO_PATH = Path.of("/usr/share/gocode");
    private static final Path INTEROP = Path.of("..", ".ci", "interop").toAbsolutePath().normalize();

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private LedgerClient client;
    private Auditor auditor;

    @DynamicPropertySource
    static void witnessedLedger(DynamicPropertyRegistry registry) {
        TestStorage.fresh().forEach((name, value) -> registry.add(name, () -> value));
        WITNESS.ledgerProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("ledger.sealing.checkpoint-interval", () -> "200ms");
    }

    @AfterAll
    static void stopWitness() {
        WITNESS.close();
    }

    @BeforeEach
    void connect() {
        client = new LedgerClient("http://localhost:" + port);
        auditor = new Auditor(client, ADMIN);
    }

    @Test
    void checkpointsAreCosignedWithinSecondsAlsoAfterTheWitnessRestarts(@TempDir Path exports) throws IOException {
        Auditor.recordApplication(client, ADMIN);
        JsonNode latest = auditor.awaitWitnessed( Auditor.storedEvents(jdbc));

        assertThat(latest.at("/cosignatures/0/name").asText()).isEqualTo("localhost/witness");
        assertThat(Instant.parse(latest.at("/cosignatures/0/timestamp").asText()))
                .isBetween(Instant.now().minusSeconds(60), Instant.now());
        String note = client.get("/api/v1/audit/checkpoint", null).body();
        assertThat(note).contains("\n" + latest.get("treeSize").asLong() + "\n");
        NoteVerifierKey ledgerKey = NoteVerifierKey.parse(
                client.get("/api/v1/audit/keys", null).json().at("/items/0/vkey").asText());
        assertThat(ledgerKey.verifies(note)).isTrue();
        assertThat(WITNESS.vkey().cosignedAt(note)).as("the published note carries the cosignature").isPresent();
        assertThat(prometheus()).contains("ledger_checkpoint_witnessed{application=\"ai-governance-ledger\"} 1.0");
        assertThat(client.get("/api/v1/checkpoint", ADMIN).json().at("/checkpoint/witnessed").asBoolean())
                .as("what the dashboard and the reports state").isTrue();

        WITNESS.restart();
        Auditor.recordApplication(client, ADMIN);
        JsonNode later = auditor.awaitWitnessed( Auditor.storedEvents(jdbc));
        assertThat(later.get("treeSize").asLong()).isGreaterThan(latest.get("treeSize").asLong());
        assertThat(WITNESS.cosignedTreeSize()).isEqualTo(later.get("treeSize").asLong());

        Path earlier = Files.writeString(exports.resolve("earlier.note"), note);
        Path latestNote = Files.writeString(exports.resolve("latest.note"),
                client.get("/api/v1/audit/checkpoint", null).body());
        assertThat(auditor.verifyOffline(exports, "--checkpoint", latestNote.toString(), "--witness",
                WITNESS.vkey().vkey(), "--earlier-checkpoint", earlier.toString()))
                .startsWith("0 VERIFIED").contains("WITNESSED: the checkpoint of tree size "
                        + later.get("treeSize").asLong() + " is cosigned by localhost/witness");
    }

    /**
     * Implementations the ledger's authors did not write check what the ledger serves: Go's x/mod/sumdb/note and
     * x/mod/sumdb/tlog (from Debian's golang-golang-x-mod-dev, which .ci/run installs). Skipped without Go, unless
     * {@code LEDGER_REQUIRE_GO} is set, as .ci/run sets it.
     */
    @Test
    void goImplementationsVerifyTheSignatureTheCosignatureTheProofsAndTheTiles(@TempDir Path goCache)
            throws IOException, InterruptedException {
        boolean goInstalled = Files.isDirectory(GO_PATH.resolve("src/golang.org/x/mod/sumdb")) && goRuns();
        assertThat(goInstalled || System.getenv("LEDGER_REQUIRE_GO") == null)
                .as("LEDGER_REQUIRE_GO is set, but Go and golang.org/x/mod are not installed").isTrue();
        assumeTrue(goInstalled, "Go and golang.org/x/mod are not installed here");
        String token = Auditor.credential(client, ADMIN, "AUDITOR");
        TiledLogTest.recordEvents(client, 300);
        auditor.awaitWitnessed(Auditor.storedEvents(jdbc));

        ProcessBuilder go = new ProcessBuilder("go", "run", ".", "-url", "http://localhost:" + port, "-token", token,
                "-witness", WITNESS.vkey().vkey()).directory(INTEROP.toFile()).redirectErrorStream(true);
        go.environment().putAll(Map.of("GO111MODULE", "off", "GOPATH", GO_PATH.toString(),
                "GOCACHE", goCache.toString(), "GOFLAGS", ""));
        Process process = go.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(output).endsWith("INTEROP OK\n")
                .contains("checkpoint signature verified by x/mod/sumdb/note", "witness cosignature verified",
                        "recomputed from the tiles", "tlog.CheckRecord", "tlog.CheckTree", "hash to their leaves");
    }

    private static boolean goRuns() {
        try {
            return new ProcessBuilder("go", "version").start().waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String prometheus() {
        return client.get("/actuator/prometheus", ADMIN).body();
    }
}
