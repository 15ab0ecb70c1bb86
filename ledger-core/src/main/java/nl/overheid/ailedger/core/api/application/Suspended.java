package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The application was suspended; {@code suspendedPhase} is the phase it left. */
@Revision("1")
public record Suspended(String applicationId, Phase suspendedPhase, String reason, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
