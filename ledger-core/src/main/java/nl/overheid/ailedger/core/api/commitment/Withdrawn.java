package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The commitment was withdrawn (VERVALLEN); afterwards only progress reports are accepted. */
@Revision("1")
public record Withdrawn(String commitmentId, String reason, Instant occurredAt) implements CommitmentEvent {
}
