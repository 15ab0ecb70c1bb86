package nl.overheid.ailedger.core.json;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of stored events. It is its own mapper, not the REST layer's, so that a change of REST
 * settings can never change what is written to the event store.
 */
public final class LedgerJson {

    private LedgerJson() {
    }

    public static JsonMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
