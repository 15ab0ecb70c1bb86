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

    <R> R accept(Visitor<R> visitor);

    /** One answer per kind of event, so that a fold that misses one does not compile (see {@link nl.overheid.ailedger.core.api.application.ApplicationEvent.Visitor}). */
    interface Visitor<R> {

        R on(CommitmentRegistered event);

        R on(ProgressReported event);

        R on(ApplicationLinked event);

        R on(DueDateChanged event);

        R on(PartlyFulfilled event);

        R on(Fulfilled event);

        R on(Withdrawn event);
    }
}
