package nl.overheid.ailedger.commitment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.commitment.CommitmentView.LinkedApplication;
import nl.overheid.ailedger.commitment.CommitmentView.TimelineEntry;
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
import nl.overheid.ailedger.projections.commitments.RegisteredCommitment;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.register.RegisteredApplication;
import org.springframework.stereotype.Component;

/**
 * The view of a commitment as the commitments read model knows it, with the applications linked to it as the
 * register knows them at the same moment.
 */
@Component
public class CommitmentViews {

    private final RegisterQueries register;

    CommitmentViews(RegisterQueries register) {
        this.register = register;
    }

    /** {@code asOf} and {@code validAt} as the commitment was asked for (null: now), for its linked applications. */
    public CommitmentView of(RegisteredCommitment commitment, Instant asOf, Instant validAt) {
        CommitmentState state = commitment.state();
        List<TimelineEntry> timeline = commitment.events().stream().map(CommitmentViews::entry)
                .sorted(Comparator.comparing(TimelineEntry::occurredAt).thenComparing(TimelineEntry::sequence))
                .toList();
        Optional<TimelineEntry> fulfilment = timeline.stream()
                .filter(entry -> entry.type().equals(Fulfilled.class.getSimpleName())).reduce((first, last) -> last);
        CommitmentRegistered registration = state.registration();
        return new CommitmentView(registration.commitmentId(), registration.kind(), registration.reference(),
                registration.kamerstuk(), registration.title(), registration.submitters(), registration.adoptedOn(),
                registration.firstNamedOn(), state.dueDate(), registration.responsibleOrganisationId(),
                registration.responsibleMinister(), registration.actionLine(), registration.sources(), state.status(),
                commitment.overdue(), fulfilment.map(TimelineEntry::reference).orElse(null),
                fulfilment.map(TimelineEntry::occurredOn).orElse(null), timeline,
                state.linkedApplications().stream().map(id -> linked(id, asOf, validAt)).toList(), state.version(),
                commitment.lastRecordedAt());
    }

    /** The application as the register knows it on the same moment; its id alone when it was not known then. */
    private LinkedApplication linked(String applicationId, Instant asOf, Instant validAt) {
        return register.application(applicationId, asOf, validAt)
                .map(RegisteredApplication::state)
                .map(state -> new LinkedApplication(applicationId, state.details().name(), state.organisationId(),
                        state.phase()))
                .orElseGet(() -> new LinkedApplication(applicationId, null, null, null));
    }

    private static TimelineEntry entry(RegisteredCommitment.Recorded recorded) {
        CommitmentEvent event = recorded.event();
        Said said = event.accept(new WhatItSays());
        PartialDate occurredOn = said.datedBySource() != null ? said.datedBySource()
                : PartialDate.dayOf(event.occurredAt());
        return new TimelineEntry(recorded.sequence(), recorded.eventId(), event.getClass().getSimpleName(),
                event.occurredAt(), occurredOn, recorded.recordedAt(), said.summary(), said.reference(),
                said.applicationId(), said.dueDate());
    }

    /** What an event says for the timeline; {@code datedBySource}: the date its source gives, if any. */
    private record Said(String summary, String reference, String applicationId, PartialDate dueDate,
                        PartialDate datedBySource) {
    }

    private static final class WhatItSays implements CommitmentEvent.Visitor<Said> {

        @Override
        public Said on(CommitmentRegistered event) {
            return new Said(null, event.reference(), null, event.dueDate(),
                    event.adoptedOn() != null ? event.adoptedOn() : event.firstNamedOn());
        }

        @Override
        public Said on(ProgressReported event) {
            return new Said(event.summary(), event.reference(), null, null, event.occurredOn());
        }

        @Override
        public Said on(ApplicationLinked event) {
            return new Said(null, null, event.applicationId(), null, null);
        }

        @Override
        public Said on(DueDateChanged event) {
            return new Said(event.reason(), null, null, event.dueDate(), null);
        }

        @Override
        public Said on(PartlyFulfilled event) {
            return new Said(event.summary(), event.reference(), null, null, event.occurredOn());
        }

        @Override
        public Said on(Fulfilled event) {
            return new Said(null, event.reference(), null, null, event.occurredOn());
        }

        @Override
        public Said on(Withdrawn event) {
            return new Said(event.reason(), null, null, null, event.occurredOn());
        }
    }
}
