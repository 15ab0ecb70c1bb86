package nl.overheid.ailedger.core.api.application;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an application owned by an organisation, in EXPLORATION, PILOT or PRODUCTION (existing use), with the
 * exceptions to rules granted for it from the start.
 */
public record RegisterApplication(@TargetAggregateIdentifier String applicationId, String organisationId, Phase phase,
                                  ApplicationDetails details, List<ExceptionGrant> exceptions, Instant occurredAt)
        implements ApplicationCommand {

    public RegisterApplication {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** A registration without exceptions. */
    public RegisterApplication(String applicationId, String organisationId, Phase phase, ApplicationDetails details,
                               Instant occurredAt) {
        this(applicationId, organisationId, phase, details, List.of(), occurredAt);
    }
}
