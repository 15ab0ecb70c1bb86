package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reports an incident with the application. */
public record ReportIncident(@TargetAggregateIdentifier String applicationId, IncidentSeverity severity, String description, Instant occurredAt)
        implements ApplicationCommand {
}
