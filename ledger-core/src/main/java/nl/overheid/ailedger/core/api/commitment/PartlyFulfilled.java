package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Part of the commitment was fulfilled (DEELS_VOLDAAN); it stays open. {@code occurredOn} as in
 * {@link ProgressReported}.
 */
@Revision("2")
public record PartlyFulfilled(String commitmentId, String reference, String summary, Instant occurredAt,
                              PartialDate occurredOn) implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
