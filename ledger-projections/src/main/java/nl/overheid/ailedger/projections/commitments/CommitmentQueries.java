package nl.overheid.ailedger.projections.commitments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.overheid.ailedger.core.api.commitment.ApplicationLinked;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;
import nl.overheid.ailedger.core.commitment.CommitmentState;
import nl.overheid.ailedger.projections.Awaiting;
import nl.overheid.ailedger.projections.commitments.CommitmentView.LinkedApplication;
import nl.overheid.ailedger.projections.commitments.CommitmentView.TimelineEntry;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.register.RegisteredApplication;
import org.springframework.stereotype.Service;

/**
 * Answers about commitments on any moment: a fold of each commitment's own event rows, recorded by
 * {@code asOf} (default now) and occurred by {@code validAt} (default {@code asOf}). A commitment is overdue
 * when it is open and the whole period of its due date lies before the day (UTC) of {@code validAt}.
 */
@Service
public class CommitmentQueries {

    private final CommitmentStore store;
    private final CommitmentCodec codec;
    private final RegisterQueries register;
    private final Clock clock;

    CommitmentQueries(CommitmentStore store, CommitmentCodec codec, RegisterQueries register, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.register = register;
        this.clock = clock;
    }

    /** The commitments that match, ordered by id. */
    public List<CommitmentView> commitments(Instant asOf, Instant validAt, CommitmentFilter filter) {
        Moment moment = Moment.of(asOf, validAt, clock);
        Map<String, List<StoredCommitmentEvent>> perCommitment = new LinkedHashMap<>();
        store.events(moment.knownAt(), moment.trueAt())
                .forEach(row -> perCommitment.computeIfAbsent(row.commitmentId(), id -> new ArrayList<>()).add(row));
        return perCommitment.values().stream()
                .flatMap(rows -> view(rows, asOf, validAt, moment).stream())
                .filter(filter::matches)
                .toList();
    }

    public Optional<CommitmentView> commitment(String commitmentId, Instant asOf, Instant validAt) {
        Moment moment = Moment.of(asOf, validAt, clock);
        return view(store.events(commitmentId, moment.knownAt(), moment.trueAt()), asOf, validAt, moment);
    }

    /**
     * Waits until the read model shows an event the ledger has stored, so that a client that was told
     * "created" reads its own write. False when the projection did not catch up in time.
     */
    public boolean awaitProjected(String commitmentId, long sequence, Duration timeout) {
        return Awaiting.until(() -> store.isProjected(commitmentId, sequence), timeout);
    }

    private Optional<CommitmentView> view(List<StoredCommitmentEvent> rows, Instant asOf, Instant validAt,
                                          Moment moment) {
        if (rows.isEmpty() || rows.get(0).sequence() != 0) {
            return Optional.empty();
        }
        CommitmentState state = CommitmentState.NONE;
        List<TimelineEntry> timeline = new ArrayList<>();
        for (StoredCommitmentEvent row : rows) {
            CommitmentEvent event = codec.decode(row);
            state = state.fold(event);
            timeline.add(entry(row, event));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::occurredAt).thenComparing(TimelineEntry::sequence));
        List<LinkedApplication> linked = state.linkedApplications().stream()
                .map(applicationId -> linked(applicationId, asOf, validAt)).toList();
        Instant lastRecordedAt = rows.stream().map(StoredCommitmentEvent::recordedAt).max(Comparator.naturalOrder())
                .orElseThrow();
        Optional<TimelineEntry> fulfilment = timeline.stream()
                .filter(entry -> entry.type().equals(Fulfilled.class.getSimpleName())).reduce((first, last) -> last);
        CommitmentRegistered registration = state.registration();
        return Optional.of(new CommitmentView(registration.commitmentId(), registration.kind(),
                registration.reference(), registration.kamerstuk(), registration.title(), registration.submitters(),
                registration.adoptedOn(), registration.firstNamedOn(), state.dueDate(),
                registration.responsibleOrganisationId(), registration.responsibleMinister(),
                registration.actionLine(), registration.sources(), state.status(), state.overdueOn(moment.day()),
                fulfilment.map(TimelineEntry::reference).orElse(null),
                fulfilment.map(TimelineEntry::occurredOn).orElse(null), List.copyOf(timeline), linked,
                state.version(), lastRecordedAt));
    }

    /** The application as the register knows it on the same moment; its id alone when it was not known then. */
    private LinkedApplication linked(String applicationId, Instant asOf, Instant validAt) {
        return register.application(applicationId, asOf, validAt)
                .map(RegisteredApplication::state)
                .map(state -> new LinkedApplication(applicationId, state.details().name(), state.organisationId(),
                        state.phase()))
                .orElseGet(() -> new LinkedApplication(applicationId, null, null, null));
    }

    private static TimelineEntry entry(StoredCommitmentEvent row, CommitmentEvent event) {
        String summary = null;
        String reference = null;
        String applicationId = null;
        PartialDate dueDate = null;
        PartialDate datedBySource = null;
        if (event instanceof CommitmentRegistered registered) {
            reference = registered.reference();
            dueDate = registered.dueDate();
            datedBySource = registered.adoptedOn() != null ? registered.adoptedOn() : registered.firstNamedOn();
        } else if (event instanceof ProgressReported progress) {
            summary = progress.summary();
            reference = progress.reference();
            datedBySource = progress.occurredOn();
        } else if (event instanceof ApplicationLinked link) {
            applicationId = link.applicationId();
        } else if (event instanceof DueDateChanged changed) {
            summary = changed.reason();
            dueDate = changed.dueDate();
        } else if (event instanceof PartlyFulfilled partly) {
            summary = partly.summary();
            reference = partly.reference();
            datedBySource = partly.occurredOn();
        } else if (event instanceof Fulfilled fulfilled) {
            reference = fulfilled.reference();
            datedBySource = fulfilled.occurredOn();
        } else if (event instanceof Withdrawn withdrawn) {
            summary = withdrawn.reason();
            datedBySource = withdrawn.occurredOn();
        }
        PartialDate occurredOn = datedBySource != null ? datedBySource : PartialDate.dayOf(row.occurredAt());
        return new TimelineEntry(row.sequence(), row.eventId(), row.type(), row.occurredAt(), occurredOn,
                row.recordedAt(), summary, reference, applicationId, dueDate);
    }

    /** The moments of a question: what was known at {@code knownAt}, of what was true at {@code trueAt}. */
    private record Moment(Instant knownAt, Instant trueAt) {

        static Moment of(Instant asOf, Instant validAt, Clock clock) {
            Instant knownAt = asOf == null ? clock.instant() : asOf;
            return new Moment(knownAt, validAt == null ? knownAt : validAt);
        }

        LocalDate day() {
            return LocalDate.ofInstant(trueAt, ZoneOffset.UTC);
        }
    }
}
