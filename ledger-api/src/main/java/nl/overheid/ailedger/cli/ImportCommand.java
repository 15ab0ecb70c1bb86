package nl.overheid.ailedger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.LedgerApplication;
import nl.overheid.ailedger.algoritmeregister.AlgoritmeregisterImport;
import nl.overheid.ailedger.core.algoritmeregister.SnapshotFile;
import nl.overheid.ailedger.web.InvalidRequestException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar ledger-api.jar import-algoritmeregister [--option=value...] FILE...}: imports snapshot files
 * of the Algoritmeregister into the ledger's store in date order, without the web server, and shows each
 * file's counts and time. The options of the normal run apply ({@code --ledger.data-dir},
 * {@code --spring.profiles.active=postgres} with {@code --spring.datasource.*}); no demo data is loaded.
 * Exits 0 when every file was imported, 1 otherwise. Each file is imported whole or not at all.
 */
public final class ImportCommand {

    public static final String NAME = "import-algoritmeregister";
    private static final String ACTOR = "cli:" + NAME;
    private static final String OPTION = "--";
    private static final String DEMO_DATA = "--ledger.demo-data";

    private ImportCommand() {
    }

    public static boolean isCalledBy(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command with the arguments after its name; answers the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> options = Arrays.stream(args).filter(arg -> arg.startsWith(OPTION)).toList();
        List<Path> paths = Arrays.stream(args).filter(arg -> !arg.startsWith(OPTION)).map(Path::of).toList();
        if (paths.isEmpty()) {
            err.println("usage: java -jar ledger-api.jar " + NAME + " [--ledger.data-dir=DIR ...] FILE...");
            return 1;
        }
        List<SnapshotFile> files = new ArrayList<>();
        for (Path path : paths) {
            try {
                files.add(SnapshotFile.read(path));
            } catch (IOException e) {
                err.println(path + ": cannot be read (" + e.getMessage() + ")");
                return 1;
            }
        }
        try (ConfigurableApplicationContext ledger = start(options)) {
            ledger.getBean(AlgoritmeregisterImport.class).importInDateOrder(files, ACTOR, (file, result, took) -> {
                out.printf("%s (snapshot of %s): %d registered, %d changed, %d removed, %d unchanged, "
                                + "%d organisations created, %d held back, in %.1f s%n", file.name(),
                        result.snapshotDate(), result.registered(), result.changed(), result.removed(),
                        result.unchanged(), result.organisationsCreated(), result.heldBack().size(),
                        took.toMillis() / 1000.0);
                result.heldBack().forEach(held -> out.printf("  held back %s (%s): %s%n", held.registerId(),
                        held.title(), held.reason()));
            });
            out.println("Imported " + files.size() + (files.size() == 1 ? " snapshot." : " snapshots."));
            return 0;
        } catch (InvalidRequestException invalid) {
            err.println(invalid.getMessage());
            invalid.invalidParams().forEach(param -> err.println("  " + param.name() + ": " + param.reason()));
        } catch (RuntimeException failure) {
            err.println("The import failed: " + failure.getMessage());
        }
        return 1;
    }

    /** The ledger without its web server, quiet but for warnings, and without demo data unless asked for. */
    private static ConfigurableApplicationContext start(List<String> options) {
        List<String> springArgs = new ArrayList<>(options);
        if (options.stream().noneMatch(option -> option.startsWith(DEMO_DATA))) {
            springArgs.add(DEMO_DATA + "=false");
        }
        return new SpringApplicationBuilder(LedgerApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("logging.level.root", "WARN",
                        "logging.level.org.springframework.core.annotation", "ERROR"))
                .run(springArgs.toArray(String[]::new));
    }
}
