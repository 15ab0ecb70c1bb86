package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Progress on a commitment was reported; {@code reference} may be null. */
@Revision("1")
public record ProgressReported(String commitmentId, String summary, String reference, Instant occurredAt)
        implements CommitmentEvent {
}
