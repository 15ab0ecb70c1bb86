package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rejects a submitted risk analysis. */
public record RejectRiskAnalysis(@TargetAggregateIdentifier String applicationId, String analysisId, String reason, Instant occurredAt)
        implements ApplicationCommand {
}
