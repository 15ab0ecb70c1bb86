package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An incident was reported. */
@Revision("1")
public record IncidentReported(String applicationId, IncidentSeverity severity, String description, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
