package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** The application was retired (buiten gebruik); nothing happens to it afterwards. */
@Revision("1")
public record Retired(String applicationId, String reason, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
