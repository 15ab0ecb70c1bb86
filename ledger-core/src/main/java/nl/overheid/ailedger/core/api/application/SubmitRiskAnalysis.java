package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submits a risk analysis (DPIA, IAMA, ...) with the reference and SHA-256 of its document. */
public record SubmitRiskAnalysis(@TargetAggregateIdentifier String applicationId, String analysisId, RiskAnalysisKind kind, String documentRef, String documentSha256, Instant occurredAt)
        implements ApplicationCommand {
}
