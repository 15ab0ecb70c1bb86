package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A risk analysis was submitted for approval. */
@Revision("1")
public record RiskAnalysisSubmitted(String applicationId, String analysisId, RiskAnalysisKind kind, String documentRef, String documentSha256, Instant occurredAt) implements ApplicationEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
