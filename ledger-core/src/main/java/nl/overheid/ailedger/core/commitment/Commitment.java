package nl.overheid.ailedger.core.commitment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import nl.overheid.ailedger.core.StoredSequence;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.InvalidInputException;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.ChangeDueDate;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentIds;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.FulfilCommitment;
import nl.overheid.ailedger.core.api.commitment.FulfilPartly;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.LinkApplication;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.commitment.ReportProgress;
import nl.overheid.ailedger.core.api.commitment.WithdrawCommitment;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A motie, toezegging or action announced to the Tweede Kamer: registered, then reported on, linked to
 * applications, and finally fulfilled, partly fulfilled or withdrawn. Once fulfilled or withdrawn only progress
 * reports are accepted. Each handler answers with the sequence number of the event it applied.
 */
public class Commitment {

    @AggregateIdentifier
    private String aggregateId;
    private CommitmentState state = CommitmentState.NONE;

    protected Commitment() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(RegisterCommitment command) {
        if (state.isRegistered()) {
            throw new LifecycleConflictException("commitment " + command.commitmentId() + " already exists");
        }
        requireDueAfterAdoption(command.dueDate(), command.adoptedOn());
        apply(new CommitmentRegistered(command.commitmentId(), command.kind(), command.reference(),
                command.kamerstuk(), command.title(), command.submitters(), command.adoptedOn(),
                command.firstNamedOn(), command.dueDate(), command.responsibleOrganisationId(),
                command.responsibleMinister(), command.actionLine(), command.sources(),
                command.existsFrom().certainFrom()));
        return StoredSequence.ofLastEvent();
    }

    @CommandHandler
    public long handle(ReportProgress command) {
        requireAdopted(command.occurred().at());
        apply(new ProgressReported(state.commitmentId(), command.summary(), command.reference(),
                command.occurred().at(), command.occurred().on()));
        return StoredSequence.ofLastEvent();
    }

    @CommandHandler
    public long handle(LinkApplication command) {
        requireOpen(command.occurredAt(), "link an application to");
        if (state.linkedApplications().contains(command.applicationId())) {
            throw new LifecycleConflictException("application " + command.applicationId()
                    + " is already linked to commitment " + state.commitmentId());
        }
        apply(new ApplicationLinked(state.commitmentId(), command.applicationId(), command.occurredAt()));
        return StoredSequence.ofLastEvent();
    }

    @CommandHandler
    public long handle(ChangeDueDate command) {
        requireChange(command.occurredAt(), "change the due date of");
        requireDueAfterAdoption(command.dueDate(), state.adoptedOn());
        if (command.dueDate().equals(state.dueDate())) {
            throw new LifecycleConflictException("the due date already is " + command.dueDate());
        }
        apply(new DueDateChanged(state.commitmentId(), command.dueDate(), command.reason(), command.occurredAt()));
        return StoredSequence.ofLastEvent();
    }

    @CommandHandler
    public long handle(FulfilPartly command) {
        requireChange(command.occurred().at(), "partly fulfil");
        apply(new PartlyFulfilled(state.commitmentId(), command.reference(), command.summary(),
                command.occurred().at(), command.occurred().on()));
        return StoredSequence.ofLastEvent();
    }

    @CommandHandler
    public long handle(FulfilCommitment command) {
        requireChange(command.occurred().at(), "fulfil");
        apply(new Fulfilled(state.commitmentId(), command.reference(), command.occurred().at(),
                command.occurred().on()));
        return StoredSequence.ofLastEvent();
    }

    @CommandHandler
    public long handle(WithdrawCommitment command) {
        requireChange(command.occurred().at(), "withdraw");
        apply(new Withdrawn(state.commitmentId(), command.reason(), command.occurred().at(), command.occurred().on()));
        return StoredSequence.ofLastEvent();
    }

    /** A commitment is changed only by the responsible organisation's credentials, an admin and the ledger itself. */
    @CommandHandlerInterceptor
    void refuseAForeignCaller(CommandMessage<?> command) {
        if (state.isRegistered()) {
            CommandMetadata.of(command.getMetaData()).requireActsFor(state.responsibleOrganisationId(),
                    "commitment " + state.commitmentId());
        }
    }

    @EventSourcingHandler
    void on(CommitmentEvent event) {
        state = state.fold(event);
        aggregateId = CommitmentIds.aggregateId(state.commitmentId());
    }

    /** A due date whose period ends before the adoption's begins cannot be; without either there is nothing to check. */
    private static void requireDueAfterAdoption(PartialDate dueDate, PartialDate adoptedOn) {
        if (dueDate != null && adoptedOn != null && dueDate.endsBefore(adoptedOn)) {
            throw new InvalidInputException("dueDate", "precedes the adoption on " + adoptedOn);
        }
    }

    private void requireAdopted(Instant occurredAt) {
        if (occurredAt.isBefore(state.registeredAt())) {
            throw new LifecycleConflictException("occurredAt " + occurredAt + " precedes " + state.commitmentId()
                    + ", which exists from " + state.registeredAt());
        }
    }

    private void requireOpen(Instant occurredAt, String step) {
        requireAdopted(occurredAt);
        if (!state.status().isOpen()) {
            throw new LifecycleConflictException("cannot " + step + " commitment " + state.commitmentId()
                    + ": it is " + state.status() + "; only progress can still be reported");
        }
    }

    /** Changes of status and due date keep valid-time order, so that a fold by occurrence agrees with the ledger. */
    private void requireChange(Instant occurredAt, String step) {
        requireOpen(occurredAt, step);
        if (occurredAt.isBefore(state.lastChangeAt())) {
            throw new LifecycleConflictException("occurredAt " + occurredAt + " precedes the last change of "
                    + state.commitmentId() + " at " + state.lastChangeAt());
        }
    }
}
