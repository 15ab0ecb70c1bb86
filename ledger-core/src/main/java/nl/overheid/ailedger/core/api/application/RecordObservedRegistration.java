package nl.overheid.ailedger.core.api.application;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an application as observed in a public source, in the phase the source shows (any phase but
 * SUSPENDED, which no source reports). Not judged by the policy gate: compliance flags what is missing.
 */
public record RecordObservedRegistration(@TargetAggregateIdentifier String applicationId, String organisationId,
                                         Phase phase, ApplicationDetails details, String source, Instant occurredAt)
        implements ApplicationCommand {

    public RecordObservedRegistration {
        Objects.requireNonNull(source, "an observation names its source");
    }
}
