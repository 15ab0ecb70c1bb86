package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A submitted risk analysis was approved. */
@Revision("1")
public record RiskAnalysisApproved(String applicationId, String analysisId, Role approverRole, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
