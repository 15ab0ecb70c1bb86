package nl.overheid.ailedger.projections.register;

import java.time.Instant;

/** One event of an application as the register keeps it: both times, who reported it, and its JSON. */
public record StoredApplicationEvent(
        String applicationId,
        long sequence,
        String eventId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String payload) {
}
