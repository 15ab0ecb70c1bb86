package nl.overheid.ailedger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: {@code java -jar ledger-api.jar import-algoritmeregister FILE...}. */
class ImportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    private Path dir;

    @Test
    void isChosenByItsNameAsTheFirstArgument() {
        assertThat(ImportCommand.isCalledBy(new String[] {"import-algoritmeregister", "a.json"})).isTrue();
        assertThat(ImportCommand.isCalledBy(new String[] {"--server.port=8080"})).isFalse();
        assertThat(ImportCommand.isCalledBy(new String[0])).isFalse();
    }

    @Test
    void importsTheFilesInDateOrderIntoTheGivenStorage() throws IOException {
        Path june = write("2026-06-09.json", """
                {"count": 2, "algoritmes": [
                  {"id": "1", "title": "Chatbot Bo", "organisatie": "Gemeente Goes", "status": "in_gebruik"},
                  {"id": "2", "title": "Parkeerscan", "organisatie": "Gemeente Goes", "status": "in_gebruik"}]}""");
        Path may = write("2026-05-13.json", """
                {"count": 1, "algoritmes": [
                  {"id": "1", "title": "Chatbot Bo", "organisatie": "Gemeente Goes", "status": "ontwikkeling"}]}""");
        Map<String, String> storage = TestStorage.fresh();
        int status = run(TestStorage.asArguments(storage, june.toString(), may.toString()));
        assertThat(status).as(text(err)).isZero();
        assertThat(text(out)).containsSubsequence(
                "2026-05-13.json (snapshot of 2026-05-13): 1 registered, 0 changed, 0 removed, 0 unchanged, "
                        + "1 organisations created, 0 held back, in ",
                "2026-06-09.json (snapshot of 2026-06-09): 1 registered, 1 changed, 0 removed, 0 unchanged, "
                        + "0 organisations created, 0 held back, in ",
                "Imported 2 snapshots.");
        if (!TestStorage.onPostgres()) {
            assertThat(TestStorage.dataDir(storage).resolve("ledger.mv.db")).exists();
        }
    }

    @Test
    void exitsWithOneWithoutFilesOrWithAFileThatCannotBeRead() {
        assertThat(run("--ledger.data-dir=" + dir)).isEqualTo(1);
        assertThat(text(err)).startsWith("usage: java -jar ledger-api.jar import-algoritmeregister");
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(text(err)).contains("missing.json: cannot be read");
    }

    private int run(String... args) {
        return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
