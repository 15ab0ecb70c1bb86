package nl.overheid.ailedger.core.api.application;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records registration details that changed in a public source; not judged by the policy gate. */
public record RecordObservedDetails(@TargetAggregateIdentifier String applicationId, DetailsAmendment amendment,
                                    String source, Instant occurredAt) implements ApplicationCommand {

    public RecordObservedDetails {
        Objects.requireNonNull(source, "an observation names its source");
    }
}
