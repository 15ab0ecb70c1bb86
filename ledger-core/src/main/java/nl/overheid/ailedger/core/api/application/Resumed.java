package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The application was resumed in {@code resumedPhase}, the phase it was suspended from. */
@Revision("1")
public record Resumed(String applicationId, Phase resumedPhase, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
