package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;

/** One event of a commitment as the read model keeps it: both times, and its JSON with the revision of its shape. */
record StoredCommitmentEvent(
        String commitmentId,
        long sequence,
        String eventId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String revision,
        String payload) {
}
