package nl.overheid.ailedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ledger in a process of its own, on given storage, so that a test can kill it with SIGKILL as a power
 * cut or an OOM-killer would, and start it again.
 */
public final class LedgerProcess implements AutoCloseable {

    private final Process process;
    private final LedgerClient client;

    private LedgerProcess(Process process, int port) {
        this.process = process;
        this.client = new LedgerClient("http://localhost:" + port);
    }

    public static LedgerProcess start(Map<String, String> storage, Path log) {
        return launch(List.of("-Xmx512m", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                LedgerApplication.class.getName()), storage, log);
    }

    /** The ledger as its users run it, {@code java [jvmOptions] -jar jar}, on given storage. */
    public static LedgerProcess startJar(Path jar, List<String> jvmOptions, Map<String, String> storage, Path log) {
        List<String> launcher = new ArrayList<>(jvmOptions);
        launcher.addAll(List.of("-jar", jar.toString()));
        return launch(launcher, storage, log);
    }

    private static LedgerProcess launch(List<String> launcher, Map<String, String> storage, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcher);
        command.add("--server.port=" + port);
        command.addAll(List.of(TestStorage.asArguments(storage)));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            LedgerProcess ledger = new LedgerProcess(builder.start(), port);
            ledger.awaitHealthy(Duration.ofSeconds(90));
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LedgerClient client() {
        return client;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitHealthy(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger process exited with " + process.exitValue());
            }
            try {
                if (client.get("/actuator/health", null).body().contains("\"UP\"")) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("the ledger did not become healthy within " + timeout);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
