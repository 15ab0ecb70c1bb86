package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The application was observed in {@code phase} in a public source (such as the Algoritmeregister). It is
 * recorded as seen: the policy gate does not judge it and the normal transitions do not bind it, so that the
 * ledger follows the source back from production to pilot, or out of retirement. {@code reason} says what
 * was observed, in Dutch.
 */
@Revision("1")
public record PhaseObserved(String applicationId, Phase phase, String source, String reason, Instant occurredAt)
        implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
