package nl.overheid.ailedger.projections.history;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.json.LedgerJson;

/** The JSON of a history's rows: the ledger's own format, for events, states and what read models derive of them. */
public final class HistoryJson {

    private static final ObjectMapper JSON = LedgerJson.newMapper();

    private HistoryJson() {
    }

    public static String write(Object value) {
        return unchecked(() -> JSON.writeValueAsString(value));
    }

    public static <T> T read(String json, Class<T> type) {
        return unchecked(() -> JSON.readValue(json, type));
    }

    public static <T> T read(JsonNode json, Class<T> type) {
        return unchecked(() -> JSON.treeToValue(json, type));
    }

    public static JsonNode tree(String json) {
        return unchecked(() -> JSON.readTree(json));
    }

    /** Rows the ledger wrote itself: JSON that does not parse is a fault of the store, not of a request. */
    private static <T> T unchecked(Mapping<T> mapping) {
        try {
            return mapping.apply();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Mapping<T> {
        T apply() throws JsonProcessingException;
    }
}
