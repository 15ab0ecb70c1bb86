package nl.overheid.ailedger.core.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;

/**
 * The state of one commitment: an immutable value, folded from its events in ledger order by {@link #fold}. The
 * aggregate decides with it and the read model shows it, so that both agree on what an event means. What the
 * registration said stays as it was, but for the due date, which may move.
 *
 * @param registration the commitment as registered; null before
 * @param lastChangeAt when its status or due date last changed (valid time). Later changes may not occur before
 *                     it, so that a fold of the events that occurred by any moment agrees with the ledger's order
 * @param version the sequence number of the last event folded: 0 after registration, -1 before
 */
public record CommitmentState(
        CommitmentRegistered registration,
        CommitmentStatus status,
        PartialDate dueDate,
        Instant lastChangeAt,
        Set<String> linkedApplications,
        long version) {

    /** Before the first event: nothing is registered. */
    public static final CommitmentState NONE = new CommitmentState(null, null, null, null, Set.of(), -1);

    public CommitmentState {
        linkedApplications = Collections.unmodifiableSet(linkedApplications);
    }

    /** This state with the next event folded in; {@link #version()} becomes its sequence number. */
    public CommitmentState fold(CommitmentEvent event) {
        return event.accept(new Folding(this));
    }

    /**
     * Open (OPENSTAAND or DEELS_VOLDAAN) with a due date whose whole period lies before {@code day}. Without a due
     * date nothing is overdue: only a source can give one.
     */
    public boolean overdueOn(LocalDate day) {
        return status.isOpen() && dueDate != null && dueDate.passedOn(day);
    }

    public boolean isRegistered() {
        return registration != null;
    }

    public String commitmentId() {
        return registration == null ? null : registration.commitmentId();
    }

    /** When the commitment starts to exist (valid time): nothing about it can occur earlier. */
    public Instant registeredAt() {
        return registration.occurredAt();
    }

    public String responsibleOrganisationId() {
        return registration.responsibleOrganisationId();
    }

    public PartialDate adoptedOn() {
        return registration.adoptedOn();
    }

    /** What one event changes; everything else is carried over from the state before it. */
    private record Folding(CommitmentState before) implements CommitmentEvent.Visitor<CommitmentState> {

        @Override
        public CommitmentState on(CommitmentRegistered event) {
            return new CommitmentState(event, CommitmentStatus.OPENSTAAND, event.dueDate(), event.occurredAt(),
                    Set.of(), before.version + 1);
        }

        @Override
        public CommitmentState on(ProgressReported event) {
            return next(before.status, before.dueDate, before.lastChangeAt, before.linkedApplications);
        }

        @Override
        public CommitmentState on(ApplicationLinked event) {
            Set<String> linked = new LinkedHashSet<>(before.linkedApplications);
            linked.add(event.applicationId());
            return next(before.status, before.dueDate, before.lastChangeAt, linked);
        }

        @Override
        public CommitmentState on(DueDateChanged event) {
            return next(before.status, event.dueDate(), event.occurredAt(), before.linkedApplications);
        }

        @Override
        public CommitmentState on(PartlyFulfilled event) {
            return changed(CommitmentStatus.DEELS_VOLDAAN, event.occurredAt());
        }

        @Override
        public CommitmentState on(Fulfilled event) {
            return changed(CommitmentStatus.VOLDAAN, event.occurredAt());
        }

        @Override
        public CommitmentState on(Withdrawn event) {
            return changed(CommitmentStatus.VERVALLEN, event.occurredAt());
        }

        private CommitmentState changed(CommitmentStatus status, Instant at) {
            return next(status, before.dueDate, at, before.linkedApplications);
        }

        private CommitmentState next(CommitmentStatus status, PartialDate dueDate, Instant lastChangeAt,
                                     Set<String> linkedApplications) {
            return new CommitmentState(before.registration, status, dueDate, lastChangeAt, linkedApplications,
                    before.version + 1);
        }
    }
}
