package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

/** Closes a commitment that will not be fulfilled (vervallen), for the reason given. */
public record WithdrawCommitment(String commitmentId, String reason, Instant occurredAt)
        implements CommitmentCommand {
}
