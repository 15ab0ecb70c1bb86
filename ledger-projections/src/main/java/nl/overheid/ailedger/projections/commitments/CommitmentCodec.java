package nl.overheid.ailedger.projections.commitments;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.commitment.CommitmentEventUpcaster;
import nl.overheid.ailedger.core.json.LedgerJson;
import org.axonframework.serialization.Revision;
import org.springframework.stereotype.Component;

/**
 * Commitment events in the ledger's own event format, stored by the simple name of their type and the revision of
 * their shape. Rows of an older revision read as the event store's own events do: through the upcaster.
 */
@Component
class CommitmentCodec {

    private static final Map<String, Class<? extends CommitmentEvent>> TYPES =
            Arrays.stream(CommitmentEvent.class.getPermittedSubclasses())
                    .map(type -> type.asSubclass(CommitmentEvent.class))
                    .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final ObjectMapper mapper = LedgerJson.newMapper();

    static String typeOf(CommitmentEvent event) {
        return event.getClass().getSimpleName();
    }

    /** The revision {@link #encode} writes: the event's current shape. */
    static String revisionOf(CommitmentEvent event) {
        return event.getClass().getAnnotation(Revision.class).value();
    }

    String encode(CommitmentEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    CommitmentEvent decode(StoredCommitmentEvent stored) {
        Class<? extends CommitmentEvent> type = TYPES.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("unknown commitment event type " + stored.type());
        }
        try {
            return mapper.treeToValue(CommitmentEventUpcaster.current(type, stored.revision(),
                    mapper.readTree(stored.payload())), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
