package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A submitted risk analysis was rejected. */
@Revision("1")
public record RiskAnalysisRejected(String applicationId, String analysisId, String reason, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
