package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The commitment was fulfilled (VOLDAAN); afterwards only progress reports are accepted. */
@Revision("1")
public record Fulfilled(String commitmentId, String reference, Instant occurredAt) implements CommitmentEvent {
}
