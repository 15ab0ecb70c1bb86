package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * The application was observed under another organisation in a public source (such as a renamed or merged
 * organisation in the Algoritmeregister); from now on it belongs to {@code organisationId}.
 */
@Revision("1")
public record OwnerObserved(String applicationId, String organisationId, String source, Instant occurredAt)
        implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
