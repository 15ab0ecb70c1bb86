package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The commitment was withdrawn (VERVALLEN); afterwards only progress reports are accepted. {@code occurredOn} as in
 * {@link ProgressReported}.
 */
@Revision("2")
public record Withdrawn(String commitmentId, String reason, Instant occurredAt, PartialDate occurredOn)
        implements CommitmentEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
