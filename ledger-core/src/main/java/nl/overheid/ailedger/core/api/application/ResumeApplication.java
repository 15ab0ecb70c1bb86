package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resumes a suspended application in the phase it was suspended from. */
public record ResumeApplication(@TargetAggregateIdentifier String applicationId, Instant occurredAt)
        implements ApplicationCommand {
}
