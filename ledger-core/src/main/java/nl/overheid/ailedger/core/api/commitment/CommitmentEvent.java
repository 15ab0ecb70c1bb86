package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;

/**
 * A fact in the life of a commitment to the Kamer. {@code occurredAt} is valid time; the ledger's own
 * timestamp of the stored event is the transaction time (recordedAt).
 */
public sealed interface CommitmentEvent permits CommitmentRegistered, ProgressReported, ApplicationLinked,
        DueDateChanged, PartlyFulfilled, Fulfilled, Withdrawn {

    String commitmentId();

    Instant occurredAt();
}
