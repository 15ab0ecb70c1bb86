package nl.overheid.ailedger.bench;

import java.time.Instant;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;

/**
 * Reads of the past: an application, the monitor or a policy simulation, as the ledger knew it at a random moment
 * between two instants. One reader, one request at a time, so each latency is the ledger's answer time and nothing else.
 */
final class AsOfReads {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Milliseconds of {@code requests} simulations of {@code draft} in place of the rule set {@code replaces}:
     * every other one now, the others as known and true at a random moment.
     */
    Samples simulation(JsonNode draft, String replaces, int requests) {
        Samples millis = new Samples();
        for (int i = 0; i < requests; i++) {
            ObjectNode body = JSON.createObjectNode().put("replaces", replaces);
            body.set("draft", draft);
            if (i % 2 == 1) {
                String moment = randomMoment().toString();
                body.put("asOf", moment).put("validAt", moment);
            }
            time(millis, "POST /api/v1/policy/simulations " + body.get("asOf"),
                    () -> client.post("/api/v1/policy/simulations", token, body.toString()));
        }
        return millis;
    }

    private Samples read(String pathBeforeMoment, int requests) {
        Samples millis = new Samples();
        for (int i = 0; i < requests; i++) {
            String path = pathBeforeMoment + randomMoment();
            time(millis, "GET " + path, () -> client.get(path, token));
        }
        return millis;
    }

    private static void time(Samples millis, String request, Supplier<LedgerClient.Response> sending) {
        long sent = System.nanoTime();
        LedgerClient.Response answer = sending.get();
        millis.add((System.nanoTime() - sent) / 1e6);
        if (answer.status() != 200) {
            throw new IllegalStateException(request + " answered " + answer);
        }
    }

    private Instant randomMoment() {
        long span = to.toEpochMilli() - from.toEpochMilli();
        return Instant.ofEpochMilli(from.toEpochMilli() + (long) (random.nextDouble() * span));
    }
}
