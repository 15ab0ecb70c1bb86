package nl.overheid.ailedger.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.LedgerClient;

/**
 * The auditor's procedure of the README, timed: export the sealed journal and the checkpoints over HTTP, then run the
 * offline verifier of the jar on the files; and the baseline, SHA-256 over the same journal lines.
 */
final class JournalCheck {

    private static final int PAGE = 100_000;
    private static final Pattern VERIFIED = Pattern.compile("VERIFIED: (\\d+) events");
    private static final Pattern TREE_SIZE = Pattern.compile("(?m)^ledger_sealing_tree_size\\{[^}]*} ([0-9.eE+]+)$");

    private final LedgerClient client;
    private final String auditorToken;

    JournalCheck(LedgerClient client, String auditorToken) {
        this.client = client;
        this.auditorToken = auditorToken;
    }

    /** Waits until a signed checkpoint covers every sealed event; returns its tree size. */
    long awaitCheckpointOfAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher sealed = TREE_SIZE.matcher(client.get("/actuator/prometheus", LedgerBenchmark.ADMIN).body());
            LedgerClient.Response latest = client.get("/api/v1/audit/checkpoints/latest", auditorToken);
            if (sealed.find() && latest.status() == 200
                    && latest.json().get("treeSize").asLong() == (long) Double.parseDouble(sealed.group(1))) {
                return latest.json().get("treeSize").asLong();
            }
            pause(500);
        }
        throw new IllegalStateException("no checkpoint of the whole sealed tree within " + timeout);
    }

    /** Exports the first {@code events} lines of the journal into {@code journal}; returns the seconds it took. */
    double exportJournal(long events, Path journal) throws IOException, InterruptedException {
        Files.deleteIfExists(journal);
        HttpClient http = HttpClient.newHttpClient();
        long began = System.nanoTime();
        for (long from = 0; from < events; from += PAGE) {
            HttpRequest page = HttpRequest.newBuilder(URI.create(client.baseUrl()
                    + "/api/v1/audit/journal?fromSequence=" + from + "&limit=" + PAGE))
                    .header("Authorization", "Bearer " + auditorToken).build();
            HttpResponse<Path> answer = http.send(page, HttpResponse.BodyHandlers.ofFile(journal,
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("journal page from " + from + " answered " + answer.statusCode());
            }
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /** Saves every signed checkpoint. */
    void exportCheckpoints(Path checkpoints) throws IOException {
        LedgerClient.Response all = client.get("/api/v1/audit/checkpoints", auditorToken);
        if (all.status() != 200) {
            throw new IllegalStateException("no checkpoints: " + all);
        }
        Files.writeString(checkpoints, all.body());
    }

    /** The public key that the saved checkpoints publish: the one the auditor was given out of band. */
    static String publicKeyOf(Path checkpoints) throws IOException {
        return new ObjectMapper().readTree(checkpoints.toFile()).get("items").get(0).get("publicKey").asText();
    }

    /** @param seconds the verifier's run, its JVM's start included */
    record Verified(long events, double seconds, String output) {
    }

    /** {@code java -jar ledger-api.jar verify ...}, as the README tells an auditor; fails unless it verifies. */
    static Verified verify(Path jar, Path journal, Path checkpoints, String publicKey, Path output)
            throws IOException, InterruptedException {
        JarCommand.Run run = JarCommand.run(jar, List.of("verify", "--journal", journal.toString(),
                "--checkpoints", checkpoints.toString(), "--public-key", publicKey), output);
        Matcher verified = VERIFIED.matcher(run.output());
        if (run.exitStatus() != 0 || !verified.find()) {
            throw new IllegalStateException("the journal did not verify (exit " + run.exitStatus() + "): "
                    + run.output());
        }
        return new Verified(Long.parseLong(verified.group(1)), run.seconds(), run.output());
    }

    /** SHA-256 of each journal line's bytes, one digest per event as the verifier makes; lines per second. */
    static double sha256PerSecond(Path journal) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long lines = 0;
        long began = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sha256.digest(line.getBytes(StandardCharsets.UTF_8));
                lines++;
            }
        }
        return lines / ((System.nanoTime() - began) / 1e9);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
