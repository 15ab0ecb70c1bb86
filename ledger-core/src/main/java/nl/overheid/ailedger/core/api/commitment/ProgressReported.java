package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * Progress on a commitment was reported; {@code reference} may be null. {@code occurredOn} is the date as the
 * source gives it, when it gives no time; null when {@code occurredAt} is all there is (always so in revision 1).
 */
@Revision("2")
public record ProgressReported(String commitmentId, String summary, String reference, Instant occurredAt,
                               PartialDate occurredOn) implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
