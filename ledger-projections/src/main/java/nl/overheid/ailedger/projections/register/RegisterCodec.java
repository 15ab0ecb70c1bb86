package nl.overheid.ailedger.projections.register;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationEventTypes;
import nl.overheid.ailedger.core.application.AiApplicationState;
import nl.overheid.ailedger.core.json.LedgerJson;
import org.springframework.stereotype.Component;

/**
 * JSON of the register's rows: events in the ledger's own event format, the snapshots of folded states and the facts
 * of each version. State and facts are caches of a fold: a change of their shape is handled by a replay, never
 * by migrating rows.
 */
@Component
class RegisterCodec {

    private final ObjectMapper events = LedgerJson.newMapper();
    private final ObjectMapper states = LedgerJson.newMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    String encode(ApplicationEvent event) {
        return write(events, event);
    }

    ApplicationEvent decode(StoredApplicationEvent stored) {
        Class<? extends ApplicationEvent> type = ApplicationEventTypes.byName(stored.type())
                .orElseThrow(() -> new IllegalStateException("unknown event type " + stored.type()));
        return read(events, stored.payload(), type);
    }

    String encode(AiApplicationState state) {
        return write(states, state);
    }

    AiApplicationState decodeState(String json) {
        return read(states, json, AiApplicationState.class);
    }

    String encode(ApplicationFacts facts) {
        return write(events, facts);
    }

    ApplicationFacts decodeFacts(String json) {
        return read(events, json, ApplicationFacts.class);
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
