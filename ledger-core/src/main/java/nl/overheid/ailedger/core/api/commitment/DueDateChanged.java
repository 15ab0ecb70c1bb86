package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The due date of the commitment was moved. Revision 1 always had a day; revision 2 may have a month or a year. */
@Revision("2")
public record DueDateChanged(String commitmentId, PartialDate dueDate, String reason, Instant occurredAt)
        implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
