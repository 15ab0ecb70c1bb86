package nl.overheid.ailedger.core.api.application;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the phase a public source shows for an application, whatever phase the ledger had. */
public record RecordObservedPhase(@TargetAggregateIdentifier String applicationId, Phase phase, String source,
                                  String reason, Instant occurredAt) implements ApplicationCommand {

    public RecordObservedPhase {
        Objects.requireNonNull(source, "an observation names its source");
    }
}
