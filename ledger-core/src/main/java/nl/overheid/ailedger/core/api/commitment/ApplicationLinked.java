package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An AI application of the register was linked to the commitment. */
@Revision("1")
public record ApplicationLinked(String commitmentId, String applicationId, Instant occurredAt)
        implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
