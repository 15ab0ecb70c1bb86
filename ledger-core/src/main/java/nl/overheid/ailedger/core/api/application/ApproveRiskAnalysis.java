package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves a submitted risk analysis. */
public record ApproveRiskAnalysis(@TargetAggregateIdentifier String applicationId, String analysisId, Role approverRole, Instant occurredAt)
        implements ApplicationCommand {
}
