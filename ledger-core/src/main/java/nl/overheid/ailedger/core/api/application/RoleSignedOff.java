package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A role signed off on the application. */
@Revision("1")
public record RoleSignedOff(String applicationId, Role role, String signedBy, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
