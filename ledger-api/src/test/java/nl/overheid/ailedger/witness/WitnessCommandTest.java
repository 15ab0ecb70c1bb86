package nl.overheid.ailedger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import nl.overheid.ailedger.core.integrity.NoteKeyType;
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
}
