package nl.overheid.ailedger.core.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command about one commitment, routed to the commitment's prefixed aggregate. */
public interface CommitmentCommand {

    String commitmentId();

    @TargetAggregateIdentifier
    default String aggregateId() {
        return CommitmentIds.aggregateId(commitmentId());
    }
}
