package nl.overheid.ailedger.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.ProjectionsCaughtUp;

/** The ledger's event processors through its admin API: waiting for them to catch up, and replaying the read models. */
final class Processors {

    private static final long POLL_MILLIS = 200;

    private final LedgerClient client;
    private final String adminToken;

    Processors(LedgerClient client, String adminToken) {
        this.client = client;
        this.adminToken = adminToken;
    }

    /**
     * @param clearingSeconds the replay request itself, which clears the read models before it answers
     * @param seconds         per replayed processor, from the request until it had caught up again
     */
    record Replay(double clearingSeconds, Map<String, Double> seconds) {
    }

    /** Replays every read model that allows it and waits until each has caught up again. */
    Replay replay(Duration timeout) {
        long began = System.nanoTime();
        LedgerClient.Response started = client.post("/api/v1/admin/projections/replay", adminToken, "");
        if (started.status() != 202) {
            throw new IllegalStateException("the replay did not start: " + started);
        }
        double clearing = (System.nanoTime() - began) / 1e9;
        Set<String> replaying = new HashSet<>();
        started.json().get("replaying").forEach(name -> replaying.add(name.asText()));
        return new Replay(clearing, awaitCaughtUp(replaying, timeout, began));
    }

    private Map<String, Double> awaitCaughtUp(Set<String> names, Duration timeout, long began) {
        Map<String, Double> caughtUp = new LinkedHashMap<>();
        while (caughtUp.size() < names.size()) {
            if (System.nanoTime() - began > timeout.toNanos()) {
                throw new IllegalStateException("not caught up within " + timeout + ": " + status());
            }
            for (JsonNode processor : status()) {
                String name = processor.get("name").asText();
                if (processor.path("error").asBoolean()) {
                    throw new IllegalStateException("processor " + name + " is in error: " + processor);
                }
                boolean done = ProjectionsCaughtUp.isCaughtUp(processor);
                if (names.contains(name) && !caughtUp.containsKey(name) && done) {
                    caughtUp.put(name, (System.nanoTime() - began) / 1e9);
                }
            }
            sleep();
        }
        return caughtUp;
    }

    private JsonNode status() {
        LedgerClient.Response answer = client.get("/api/v1/admin/projections", adminToken);
        if (answer.status() != 200) {
            throw new IllegalStateException("no processor status: " + answer);
        }
        return answer.json().get("items");
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
