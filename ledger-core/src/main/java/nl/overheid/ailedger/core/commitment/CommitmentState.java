package nl.overheid.ailedger.core.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    private String title;
    private List<String> submitters;
    private LocalDate adoptedOn;
    private LocalDate dueDate;
    private String responsibleOrganisationId;
    private ActionLine actionLine;
    private CommitmentStatus status;
    private Instant registeredAt;
    private Instant lastChangeAt;
    private final Set<String> linkedApplications = new LinkedHashSet<>();
    private long version = -1;

    /** When a commitment adopted on {@code adoptedOn} starts to exist in valid time. */
    public static Instant startOf(LocalDate adoptedOn) {
        return adoptedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Folds the next event; {@link #version()} becomes its sequence number. */
    public void apply(CommitmentEvent event) {
        if (event instanceof CommitmentRegistered registered) {
            commitmentId = registered.commitmentId();
            kind = registered.kind();
            reference = registered.reference();
            title = registered.title();
            submitters = List.copyOf(registered.submitters());
            adoptedOn = registered.adoptedOn();
            dueDate = registered.dueDate();
            responsibleOrganisationId = registered.responsibleOrganisationId();
            actionLine = registered.actionLine();
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

    /** Open (OPENSTAAND or DEELS_VOLDAAN) and its due date lies before {@code day}. */
    public boolean overdueOn(LocalDate day) {
        return status.isOpen() && day.isAfter(dueDate);
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

    public String title() {
        return title;
    }

    public List<String> submitters() {
        return submitters;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String responsibleOrganisationId() {
        return responsibleOrganisationId;
    }

    public ActionLine actionLine() {
        return actionLine;
    }

    public CommitmentStatus status() {
        return status;
    }

    /** When the commitment was adopted (valid time): nothing about it can occur earlier. */
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
