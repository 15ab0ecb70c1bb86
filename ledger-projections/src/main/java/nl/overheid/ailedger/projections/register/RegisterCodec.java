package nl.overheid.ailedger.projections.register;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationEventTypes;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.json.LedgerJson;
import org.springframework.stereotype.Component;

/**
 * JSON of the register's rows: events in the ledger's own event format, the snapshots of folded states (the state's
 * own JSON) and the facts of each version. State and facts are caches of a fold: a change of their shape is handled by a replay, never
 * by migrating rows.
 */
@Component
class RegisterCodec {

    private final ObjectMapper json = LedgerJson.newMapper();

    String encode(ApplicationEvent event) {
        return write(json, event);
    }

    ApplicationEvent decode(StoredApplicationEvent stored) {
        Class<? extends ApplicationEvent> type = ApplicationEventTypes.byName(stored.type())
                .orElseThrow(() -> new IllegalStateException("unknown event type " + stored.type()));
        return read(json, stored.payload(), type);
    }

    String encode(ApplicationState state) {
        return write(json, state);
    }

    ApplicationState decodeState(String state) {
        return read(json, state, ApplicationState.class);
    }

    String encode(ApplicationFacts facts) {
        return write(json, facts);
    }

    ApplicationFacts decodeFacts(String facts) {
        return read(json, facts, ApplicationFacts.class);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
