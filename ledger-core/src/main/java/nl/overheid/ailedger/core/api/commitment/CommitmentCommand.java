package nl.overheid.ailedger.core.api.commitment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A command about one commitment, routed to the commitment's prefixed aggregate. Sealed, so that everything that
 * counts commands knows them all.
 */
public sealed interface CommitmentCommand permits RegisterCommitment, ReportProgress, LinkApplication, ChangeDueDate,
        FulfilPartly, FulfilCommitment, WithdrawCommitment {

    String commitmentId();

    @TargetAggregateIdentifier
    default String aggregateId() {
        return CommitmentIds.aggregateId(commitmentId());
    }
}
