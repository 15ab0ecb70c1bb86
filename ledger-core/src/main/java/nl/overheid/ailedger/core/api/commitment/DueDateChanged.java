package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The due date of the commitment was moved. */
@Revision("1")
public record DueDateChanged(String commitmentId, LocalDate dueDate, String reason, Instant occurredAt)
        implements CommitmentEvent {
}
