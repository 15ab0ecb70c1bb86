package nl.overheid.ailedger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.overheid.ailedger.LedgerApplication;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.NoteKeyType;
import nl.overheid.ailedger.core.integrity.NoteSigner;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a witness up: its key first, owner-only, then the logs it witnesses. */
class WitnessCommandTest {

    @TempDir
    Path parent;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void withoutLogsItMakesItsKeyPrintsItsVerifierKeyAndStops() throws IOException {
        Path dataDir = parent.resolve("witness");

        assertThat(WitnessCommand.start(new String[] {"--witness.data-dir=" + dataDir,
                "--witness.name=witness.example.nl/w1"}, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEmpty();

        NoteVerifierKey vkey = NoteVerifierKey.parse(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(vkey.name()).isEqualTo("witness.example.nl/w1");
        assertThat(vkey.type()).isEqualTo(NoteKeyType.COSIGNATURE_V1);
        assertThat(Files.readString(dataDir.resolve(WitnessCommand.VKEY_FILE)).trim()).isEqualTo(vkey.vkey());
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve(WitnessCommand.KEY_FILE)))).isEqualTo("rw-------");

        out.reset();
        WitnessCommand.start(new String[] {"--witness.data-dir=" + dataDir, "--witness.name=witness.example.nl/w1"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).as("the same key again").isEqualTo(vkey.vkey());
    }

    @Test
    void refusesArgumentsItDoesNotKnowAndKeysThatAreNotKeys() {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WitnessCommand.start(new String[] {"--witness.logs=x"}, print))
                .hasMessageContaining("--witness.data-dir is required");
        assertThatThrownBy(() -> WitnessCommand.start(new String[] {"--witness.data-dir=" + parent, "--port=1"},
                print)).hasMessageContaining("cannot use the argument '--port=1'");
        assertThatThrownBy(() -> WitnessCommand.start(new String[] {"--witness.data-dir=" + parent,
                "--witness.logs=not-a-vkey"}, print)).hasMessageContaining("--witness.logs");
    }

    /** {@code java -jar ledger-api.jar witness ...}: the application's main runs the witness, without the ledger. */
    @Test
    void theApplicationsMainRunsAWitnessWithoutStartingTheLedger() throws Exception {
        Path dataDir = parent.resolve("witness");
        Process keyOnly = witnessProcess("--witness.data-dir=" + dataDir);
        assertThat(keyOnly.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String printed = new String(keyOnly.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keyOnly.exitValue()).as(printed).isZero();
        assertThat(printed).doesNotContain("Spring")
                .contains(Files.readString(dataDir.resolve(WitnessCommand.VKEY_FILE)));

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NoteVerifierKey log = new NoteSigner("localhost/ai-governance-ledger", Ed25519.generateKeyPair())
                .verifierKey();
        Process running = witnessProcess("--witness.data-dir=" + dataDir, "--server.port=" + port,
                "--witness.logs=" + log.vkey());
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://localhost:" + port);
            assertThat(awaitHealthy(http, base)).isTrue();
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(base.resolve("/add-checkpoint"))
                    .POST(HttpRequest.BodyPublishers.ofString("old 0\n\nother.example.nl/log\n0\n"
                            + "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n\u2014 other.example.nl/log AAAA\n"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(base.resolve("/add-checkpoint")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
        } finally {
            running.destroy();
            running.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process witnessProcess(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), LedgerApplication.class.getName(),
                "witness"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static boolean awaitHealthy(HttpClient http, URI base) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        return false;
    }
}
