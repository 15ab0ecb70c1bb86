package nl.overheid.ailedger.bench;

import java.time.Instant;
import java.util.Random;

import nl.overheid.ailedger.LedgerClient;

/**
 * Reads of the past: an application, or the monitor, as the ledger knew it at a random moment between two instants.
 * One reader, one request at a time, so each latency is the ledger's answer time and nothing else.
 */
final class AsOfReads {

    private final LedgerClient client;
    private final String token;
    private final Instant from;
    private final Instant to;
    private final Random random;

    AsOfReads(LedgerClient client, String token, Instant from, Instant to, long seed) {
        this.client = client;
        this.token = token;
        this.from = from;
        this.to = to;
        this.random = new Random(seed);
    }

    /** Milliseconds of {@code requests} reads of {@code GET /applications/{id}?asOf=}. */
    Samples application(String applicationId, int requests) {
        return read("/api/v1/applications/" + applicationId + "?asOf=", requests);
    }

    /** Milliseconds of {@code requests} reads of {@code GET /monitor?asOf=}. */
    Samples monitor(int requests) {
        return read("/api/v1/monitor?asOf=", requests);
    }

    private Samples read(String pathBeforeMoment, int requests) {
        Samples millis = new Samples();
        for (int i = 0; i < requests; i++) {
            String path = pathBeforeMoment + randomMoment();
            long sent = System.nanoTime();
            LedgerClient.Response answer = client.get(path, token);
            millis.add((System.nanoTime() - sent) / 1e6);
            if (answer.status() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer);
            }
        }
        return millis;
    }

    private Instant randomMoment() {
        long span = to.toEpochMilli() - from.toEpochMilli();
        return Instant.ofEpochMilli(from.toEpochMilli() + (long) (random.nextDouble() * span));
    }
}
