package nl.overheid.ailedger.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentIds;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.commitments.RegisteredCommitment;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the event store holds, for the side that writes: an event a command stored (its id and when the ledger
 * recorded it, kept to the microsecond as everywhere else the ledger shows it), an application or a commitment as
 * its events make it, and the organisations registered. A command never reads a read model, which may not show a write yet.
 */
@Component
public class StoredEvents {

    private final EventStore events;
    private final JdbcTemplate jdbc;

    StoredEvents(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    public StoredEvent at(String aggregateId, long sequence) {
        DomainEventMessage<?> message = events.readEvents(aggregateId, sequence).next();
        return new StoredEvent(message.getIdentifier(), message.getSequenceNumber(), recordedAt(message));
    }

    /** The commitment as all its events in the store make it, judged overdue on {@code day}; empty without events. */
    public Optional<RegisteredCommitment> commitment(String commitmentId, LocalDate day) {
        List<RegisteredCommitment.Recorded> recorded = events.readEvents(CommitmentIds.aggregateId(commitmentId))
                .asStream().filter(message -> message.getPayload() instanceof CommitmentEvent)
                .map(message -> new RegisteredCommitment.Recorded(message.getSequenceNumber(),
                        message.getIdentifier(), recordedAt(message), (CommitmentEvent) message.getPayload()))
                .toList();
        return recorded.isEmpty() ? Optional.empty() : Optional.of(RegisteredCommitment.of(recorded, day));
    }

    /** The application as its events in the store make it; not registered when there are none. */
    public ApplicationState application(String applicationId) {
        return ApplicationState.of(events.readEvents(applicationId).asStream().map(DomainEventMessage::getPayload)
                .filter(ApplicationEvent.class::isInstance).map(ApplicationEvent.class::cast).toList());
    }

    /** Every organisation whose registration the store holds, in the order they were registered. */
    public List<OrganisationRegistered> organisations() {
        return jdbc.queryForList("""
                        SELECT aggregate_identifier FROM domain_event_entry
                         WHERE type = 'Organisation' AND sequence_number = 0 ORDER BY global_index""", String.class)
                .stream().flatMap(id -> events.readEvents(id).asStream().map(DomainEventMessage::getPayload)
                        .filter(OrganisationRegistered.class::isInstance).map(OrganisationRegistered.class::cast))
                .toList();
    }

    private static Instant recordedAt(DomainEventMessage<?> message) {
        return message.getTimestamp().truncatedTo(ChronoUnit.MICROS);
    }

    public record StoredEvent(String eventId, long sequence, Instant recordedAt) {
    }
}
