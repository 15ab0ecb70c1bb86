package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The commitment was fulfilled (VOLDAAN) by {@code reference}, the Kamerstuk or letter that settled it ("afgedaan
 * met"); afterwards only progress reports are accepted. {@code occurredOn} as in {@link ProgressReported}.
 */
@Revision("2")
public record Fulfilled(String commitmentId, String reference, Instant occurredAt, PartialDate occurredOn)
        implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
