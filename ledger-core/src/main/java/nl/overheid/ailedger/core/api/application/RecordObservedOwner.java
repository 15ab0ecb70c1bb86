package nl.overheid.ailedger.core.api.application;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a public source shows an application under another organisation. */
public record RecordObservedOwner(@TargetAggregateIdentifier String applicationId, String organisationId,
                                  String source, Instant occurredAt) implements ApplicationCommand {

    public RecordObservedOwner {
        Objects.requireNonNull(source, "an observation names its source");
    }
}
