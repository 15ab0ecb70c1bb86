package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A command of the ledger's jar ({@code java -jar ledger-api.jar <command> ...}) run as its user would, timed. */
final class JarCommand {

    private JarCommand() {
    }

    /**
     * @param seconds the run, its JVM's start included
     * @param output  what it printed, stdout and stderr together
     */
    record Run(int exitStatus, double seconds, String output) {
    }

    /** Runs the command and keeps what it printed in {@code log}; fails when it takes longer than 10 minutes. */
    static Run run(Path jar, List<String> arguments, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(arguments);
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", arguments) + " did not finish within 10 minutes");
        }
        return new Run(process.exitValue(), (System.nanoTime() - began) / 1e9, Files.readString(log).strip());
    }
}
