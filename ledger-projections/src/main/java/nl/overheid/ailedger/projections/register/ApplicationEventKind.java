package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationEventTypes;
import nl.overheid.ailedger.projections.history.EventKind;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.HistoryJson;
import org.axonframework.serialization.Revision;

/**
 * Application events in the ledger's own event format, by the name of their type. No application event has an
 * upcaster: every revision reads as it is, as the event store reads it.
 */
final class ApplicationEventKind implements EventKind<ApplicationEvent> {

    @Override
    public String entityIdOf(ApplicationEvent event) {
        return event.applicationId();
    }

    @Override
    public Instant occurredAtOf(ApplicationEvent event) {
        return event.occurredAt();
    }

    @Override
    public String typeOf(ApplicationEvent event) {
        return ApplicationEventTypes.nameOf(event);
    }

    @Override
    public String revisionOf(ApplicationEvent event) {
        return event.getClass().getAnnotation(Revision.class).value();
    }

    @Override
    public String encode(ApplicationEvent event) {
        return HistoryJson.write(event);
    }

    @Override
    public ApplicationEvent decode(HistoryEvent stored) {
        Class<? extends ApplicationEvent> type = ApplicationEventTypes.byName(stored.type())
                .orElseThrow(() -> new IllegalStateException("unknown event type " + stored.type()));
        return HistoryJson.read(stored.payload(), type);
    }
}
