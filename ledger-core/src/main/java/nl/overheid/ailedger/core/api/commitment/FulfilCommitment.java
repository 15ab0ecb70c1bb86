package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

/** Records that the commitment is fulfilled, by the document in {@code reference}. */
public record FulfilCommitment(String commitmentId, String reference, Instant occurredAt)
        implements CommitmentCommand {
}
