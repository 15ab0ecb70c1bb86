package nl.overheid.ailedger.projections.history;

import java.time.Instant;

/**
 * One event of an entity as its history keeps it: its number in the entity, its id, its type with the revision of its
 * shape, both times, who reported it, and its JSON.
 */
public record HistoryEvent(
        String entityId,
        long sequence,
        String eventId,
        String type,
        String revision,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String payload) {
}
