package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrator's import of the README, timed: {@code java -jar ledger-api.jar import-algoritmeregister} of the two
 * Algoritmeregister snapshots the project ships, into a fresh H2 store. The first is the import of a whole register
 * into an empty ledger, the second the next snapshot on top of it; each file's time is the one the command prints.
 */
final class SnapshotImport {

    static final List<Path> SNAPSHOTS = List.of(
            Path.of("ledger-api/src/main/resources/demo/algoritmeregister/2026-05-13.json"),
            Path.of("ledger-api/src/main/resources/demo/algoritmeregister/2026-06-30.json"));
    private static final Pattern IMPORTED = Pattern.compile(
            "(\\d+) registered, (\\d+) changed, (\\d+) removed, \\d+ unchanged, \\d+ organisations created, "
                    + "\\d+ held back, in ([0-9.]+) s");

    private SnapshotImport() {
    }

    /** One snapshot's import: its counts and the seconds it took. */
    record Imported(long registered, long changed, long removed, double seconds) {
    }

    /** Imports the shipped snapshots in date order into fresh storage in {@code dir}; one result per snapshot. */
    static List<Imported> run(Path jar, Path dir) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("import-algoritmeregister", "--ledger.data-dir=" + dir));
        SNAPSHOTS.forEach(snapshot -> arguments.add(snapshot.toString()));
        JarCommand.Run run = JarCommand.run(jar, arguments, dir.resolveSibling(dir.getFileName() + ".log"));
        List<Imported> imported = new ArrayList<>();
        Matcher line = IMPORTED.matcher(run.output());
        while (line.find()) {
            imported.add(new Imported(Long.parseLong(line.group(1)), Long.parseLong(line.group(2)),
                    Long.parseLong(line.group(3)), Double.parseDouble(line.group(4))));
        }
        if (run.exitStatus() != 0 || imported.size() != SNAPSHOTS.size()) {
            throw new IllegalStateException("the import failed (exit " + run.exitStatus() + "): " + run.output());
        }
        return imported;
    }
}
