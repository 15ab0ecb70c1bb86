package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;
import java.time.LocalDate;

/** Moves the date by which the commitment is to be fulfilled. */
public record ChangeDueDate(String commitmentId, LocalDate dueDate, String reason, Instant occurredAt)
        implements CommitmentCommand {
}
