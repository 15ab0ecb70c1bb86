package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

/** Moves the date by which the commitment is to be fulfilled. */
public record ChangeDueDate(String commitmentId, PartialDate dueDate, String reason, Instant occurredAt)
        implements CommitmentCommand {
}
