package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.commitment.CommitmentEventUpcaster;
import nl.overheid.ailedger.projections.history.EventKind;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.HistoryJson;
import org.axonframework.serialization.Revision;

/**
 * Commitment events in the ledger's own event format, stored by the simple name of their type and the revision of
 * their shape. Rows of an older revision read as the event store's own events do: through the upcaster.
 */
final class CommitmentEventKind implements EventKind<CommitmentEvent> {

    private static final Map<String, Class<? extends CommitmentEvent>> TYPES =
            Arrays.stream(CommitmentEvent.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(CommitmentEvent.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    @Override
    public String entityIdOf(CommitmentEvent event) {
        return event.commitmentId();
    }

    @Override
    public Instant occurredAtOf(CommitmentEvent event) {
        return event.occurredAt();
    }

    @Override
    public String typeOf(CommitmentEvent event) {
        return event.getClass().getSimpleName();
    }

    @Override
    public String revisionOf(CommitmentEvent event) {
        return event.getClass().getAnnotation(Revision.class).value();
    }

    @Override
    public String encode(CommitmentEvent event) {
        return HistoryJson.write(event);
    }

    @Override
    public CommitmentEvent decode(HistoryEvent stored) {
        Class<? extends CommitmentEvent> type = TYPES.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown commitment event type " + stored.type());
        }
        return HistoryJson.read(CommitmentEventUpcaster.current(type, stored.revision(),
                HistoryJson.tree(stored.payload())), type);
    }
}
