package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.overheid.ailedger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the offline verifier; its verdicts are tested on real exports in TamperEvidenceTest. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void usageMistakesExitWithTwoAndSayWhatIsWrong() throws IOException {
        Path journal = Files.writeString(dir.resolve("journal.ndjson"), "");
        Path checkpoints = Files.writeString(dir.resolve("checkpoints.json"), "{\"items\": []}");
        Path notCheckpoints = Files.writeString(dir.resolve("other.json"), "{\"treeSize\": 1}");

        assertThat(run()).isEqualTo(2);
        assertThat(run("--journal", journal.toString())).isEqualTo(2);
        assertThat(run("--journal", journal.toString(), "--checkpoints")).isEqualTo(2);
        assertThat(run("--journal", journal.toString(), "--checkpoints", checkpoints.toString(), "--fast", "yes"))
                .isEqualTo(2);
        assertThat(run("--journal", dir.resolve("absent.ndjson").toString(), "--checkpoints", checkpoints.toString()))
                .isEqualTo(2);
        assertThat(run("--journal", journal.toString(), "--checkpoints", notCheckpoints.toString())).isEqualTo(2);
        assertThat(run("--journal", journal.toString(), "--checkpoints", checkpoints.toString(),
                "--public-key", "bm90IGEga2V5")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--journal and --checkpoints are required",
                "'--fast'", "absent.ndjson", "a checkpoint lacks rootHash", "not a base64 Ed25519 public key",
                "usage: java -jar ledger-api.jar verify");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anEmptyLedgerWithoutCheckpointsVerifies() throws IOException {
        Path journal = Files.writeString(dir.resolve("journal.ndjson"), "");
        Path checkpoints = Files.writeString(dir.resolve("checkpoints.json"), "{\"items\": []}");

        assertThat(run("--journal", journal.toString(), "--checkpoints", checkpoints.toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VERIFIED: 0 events");
    }

    @Test
    void theApplicationsMainRunsTheVerifierWithoutStartingTheLedger() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                LedgerApplication.class.getName(), "verify", "--journal", "absent.ndjson"))
                .redirectErrorStream(true).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).startsWith("verify: --journal and --checkpoints are required").doesNotContain("Spring");
    }
}
