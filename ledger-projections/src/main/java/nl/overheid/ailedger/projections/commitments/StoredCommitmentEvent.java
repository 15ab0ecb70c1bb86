package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;

/** One event of a commitment as the read model keeps it: both times and its JSON. */
record StoredCommitmentEvent(
        String commitmentId,
        long sequence,
        String eventId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String payload) {
}
