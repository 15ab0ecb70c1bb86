package nl.overheid.ailedger;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/** Waits, through the admin status endpoint, until every event processor holds all its segments and has caught up. */
public final class ProjectionsCaughtUp {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private ProjectionsCaughtUp() {
    }

    public static JsonNode await(LedgerClient client, String adminToken) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            LedgerClient.Response status = client.get("/api/v1/admin/projections", adminToken);
            if (status.status() != 200) {
                throw new IllegalStateException("status not readable: " + status);
            }
            JsonNode items = status.json().get("items");
            if (items.size() > 0 && allCaughtUp(items)) {
                return items;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("processors did not catch up: " + status.body());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean allCaughtUp(JsonNode items) {
        for (JsonNode processor : items) {
            if (!isCaughtUp(processor)) {
                return false;
            }
        }
        return true;
    }

    /** One processor of the status: all its segments held here, at the head of the store, and not replaying. */
    public static boolean isCaughtUp(JsonNode processor) {
        return processor.get("caughtUp").asBoolean() && !processor.get("replaying").asBoolean()
                && processor.get("claimedShare").asDouble() == 1.0;
    }
}
