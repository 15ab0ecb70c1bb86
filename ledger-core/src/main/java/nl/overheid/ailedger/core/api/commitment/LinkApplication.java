package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

/** Links an AI application of the register to a commitment it helps to fulfil. */
public record LinkApplication(String commitmentId, String applicationId, Instant occurredAt)
        implements CommitmentCommand {
}
