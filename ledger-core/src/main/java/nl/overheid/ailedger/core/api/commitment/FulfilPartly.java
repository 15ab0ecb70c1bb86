package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

/** Records that part of the commitment is fulfilled, by the document in {@code reference}. */
public record FulfilPartly(String commitmentId, String reference, String summary, Instant occurredAt)
        implements CommitmentCommand {
}
