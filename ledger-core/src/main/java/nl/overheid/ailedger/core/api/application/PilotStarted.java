package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A pilot started. */
@Revision("1")
public record PilotStarted(String applicationId, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
