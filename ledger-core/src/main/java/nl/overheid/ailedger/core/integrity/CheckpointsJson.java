package nl.overheid.ailedger.core.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads checkpoints as the audit API exports them, with Jackson's streaming parser only: the offline verifier starts
 * in a fraction of the time that Jackson's object mapper takes to initialize. The JSON is read into maps, lists and
 * scalars, with a field's text and a whole number taken as a Jackson tree would give them (see {@link WholeNumbers}).
 */
final class CheckpointsJson {

    private static final List<String> FIELDS = List.of("treeSize", "rootHash", "signedAt", "keyId", "signature",
            "publicKey");

    private CheckpointsJson() {
    }

    /**
     * Reads the checkpoints endpoint's {@code {"items": [...]}}, a bare array, or the single latest checkpoint.
     *
     * @throws IllegalArgumentException if the text is not such JSON or a checkpoint lacks a field
     */
    static List<SignedCheckpoint> read(InputStream in) throws IOException {
        Object root;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            root = parser.nextToken() == null ? null : value(parser);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the checkpoints are not JSON: " + e.getOriginalMessage());
        }
        Object items = root instanceof Map<?, ?> object && object.containsKey("items") ? object.get("items") : root;
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        if (items instanceof List<?> list) {
            list.forEach(item -> checkpoints.add(checkpoint(item)));
        } else if (items instanceof Map<?, ?>) {
            checkpoints.add(checkpoint(items));
        } else {
            throw new IllegalArgumentException("expected a checkpoint, a list of them, or {\"items\": [...]}");
        }
        return checkpoints;
    }

    /** The value at the current token: a map, a list, a string, a number, a boolean or null. */
    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            default -> null;
        };
    }

    private static SignedCheckpoint checkpoint(Object item) {
        Map<?, ?> fields = item instanceof Map<?, ?> map ? map : Map.of();
        for (String field : FIELDS) {
            if (fields.get(field) == null) {
                throw new IllegalArgumentException("a checkpoint lacks " + field);
            }
        }
        Long treeSize = WholeNumbers.of(fields.get("treeSize"));
        if (treeSize == null) {
            throw new IllegalArgumentException("a checkpoint's treeSize is not a whole number");
        }
        try {
            return new SignedCheckpoint(treeSize, text(fields.get("rootHash")),
                    Instant.parse(text(fields.get("signedAt"))), text(fields.get("keyId")),
                    text(fields.get("signature")), text(fields.get("publicKey")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a checkpoint's signedAt is not an RFC 3339 instant");
        }
    }

    /** A scalar's text, and the empty text of an object or array, as Jackson's {@code asText()}. */
    private static String text(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?> ? "" : String.valueOf(value);
    }
}
