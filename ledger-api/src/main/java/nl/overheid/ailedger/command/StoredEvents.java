package nl.overheid.ailedger.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.application.ApplicationState;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * What the event store holds, for the side that writes: an event a command stored (its id and when the ledger
 * recorded it, kept to the microsecond as everywhere else the ledger shows it), and an application as its events make
 * it. A command never reads a read model, which may not show a write yet.
 */
@Component
public class StoredEvents {

    private final EventStore events;

    StoredEvents(EventStore events) {
        this.events = events;
    }

    public StoredEvent at(String aggregateId, long sequence) {
        DomainEventMessage<?> message = events.readEvents(aggregateId, sequence).next();
        return new StoredEvent(message.getIdentifier(), message.getSequenceNumber(),
                message.getTimestamp().truncatedTo(ChronoUnit.MICROS));
    }

    /** The application as its events in the store make it; not registered when there are none. */
    public ApplicationState application(String applicationId) {
        return ApplicationState.of(events.readEvents(applicationId).asStream().map(DomainEventMessage::getPayload)
                .filter(ApplicationEvent.class::isInstance).map(ApplicationEvent.class::cast).toList());
    }

    public record StoredEvent(String eventId, long sequence, Instant recordedAt) {
    }
}
