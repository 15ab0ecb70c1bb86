package nl.overheid.ailedger.core.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;

/**
 * The state of one commitment, folded from its events in ledger order. The aggregate decides with it; the
 * read model folds the same events with it, so that both agree on what an event means.
 */
public final class CommitmentState {

    private String commitmentId;
    private CommitmentKind kind;
    private String reference;
    private Kamerstuk kamerstuk;
    private String title;
    private List<String> submitters;
    private PartialDate adoptedOn;
    private PartialDate firstNamedOn;
    private PartialDate dueDate;
    private String responsibleOrganisationId;
    private String responsibleMinister;
    private ActionLine actionLine;
    private List<String> sources;
    private CommitmentStatus status;
    private Instant registeredAt;
    private Instant lastChangeAt;
    private final Set<String> linkedApplications = new LinkedHashSet<>();
    private long version = -1;

    /** Folds the next event; {@link #version()} becomes its sequence number. */
    public void apply(CommitmentEvent event) {
        if (event instanceof CommitmentRegistered registered) {
            commitmentId = registered.commitmentId();
            kind = registered.kind();
            reference = registered.reference();
            kamerstuk = registered.kamerstuk();
            title = registered.title();
            submitters = List.copyOf(registered.submitters());
            adoptedOn = registered.adoptedOn();
            firstNamedOn = registered.firstNamedOn();
            dueDate = registered.dueDate();
            responsibleOrganisationId = registered.responsibleOrganisationId();
            responsibleMinister = registered.responsibleMinister();
            actionLine = registered.actionLine();
            sources = List.copyOf(registered.sources());
            registeredAt = registered.occurredAt();
            change(CommitmentStatus.OPENSTAAND, registered.occurredAt());
        } else if (event instanceof ApplicationLinked linked) {
            linkedApplications.add(linked.applicationId());
        } else if (event instanceof DueDateChanged changed) {
            dueDate = changed.dueDate();
            change(status, changed.occurredAt());
        } else if (event instanceof PartlyFulfilled partly) {
            change(CommitmentStatus.DEELS_VOLDAAN, partly.occurredAt());
        } else if (event instanceof Fulfilled fulfilled) {
            change(CommitmentStatus.VOLDAAN, fulfilled.occurredAt());
        } else if (event instanceof Withdrawn withdrawn) {
            change(CommitmentStatus.VERVALLEN, withdrawn.occurredAt());
        }
        version++;
    }

    private void change(CommitmentStatus next, Instant at) {
        status = next;
        lastChangeAt = at;
    }

    /**
     * Open (OPENSTAAND or DEELS_VOLDAAN) with a due date whose whole period lies before {@code day}. Without a due
     * date nothing is overdue: only a source can give one.
     */
    public boolean overdueOn(LocalDate day) {
        return status.isOpen() && dueDate != null && dueDate.passedOn(day);
    }

    public boolean isRegistered() {
        return commitmentId != null;
    }

    public String commitmentId() {
        return commitmentId;
    }

    public CommitmentKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public Kamerstuk kamerstuk() {
        return kamerstuk;
    }

    public String title() {
        return title;
    }

    public List<String> submitters() {
        return submitters;
    }

    public PartialDate adoptedOn() {
        return adoptedOn;
    }

    public PartialDate firstNamedOn() {
        return firstNamedOn;
    }

    public PartialDate dueDate() {
        return dueDate;
    }

    public String responsibleOrganisationId() {
        return responsibleOrganisationId;
    }

    public String responsibleMinister() {
        return responsibleMinister;
    }

    public List<String> sources() {
        return sources;
    }

    public ActionLine actionLine() {
        return actionLine;
    }

    public CommitmentStatus status() {
        return status;
    }

    /** When the commitment starts to exist (valid time): nothing about it can occur earlier. */
    public Instant registeredAt() {
        return registeredAt;
    }

    /**
     * When its status or due date last changed (valid time). Later changes may not occur before it, so that a
     * fold of the events that occurred by any moment agrees with the ledger's order.
     */
    public Instant lastChangeAt() {
        return lastChangeAt;
    }

    public Set<String> linkedApplications() {
        return Collections.unmodifiableSet(linkedApplications);
    }

    /** The sequence number of the last event folded: 0 after registration. */
    public long version() {
        return version;
    }
}
