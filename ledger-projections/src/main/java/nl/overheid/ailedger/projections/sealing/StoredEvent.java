package nl.overheid.ailedger.projections.sealing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.integrity.JournalLine;
import nl.overheid.ailedger.core.integrity.JsonCanonicalizer;

/**
 * A row of the event store ({@code domain_event_entry}) exactly as stored, and the one place where such a row becomes
 * a {@link JournalLine}. Sealing, the journal endpoint and verification all go through {@link #journalLine}, so the
 * line depends on the stored bytes alone and a changed byte changes its leaf hash.
 *
 * <p>The line must be computable from any row, also a damaged one: a payload that is not JSON (or has no canonical
 * form) goes into the line as text, a timestamp that does not parse stays as stored, unreadable metadata has no actor.
 */
public record StoredEvent(long globalIndex, String eventId, String aggregateId, long aggregateSequence,
                          String payloadType, byte[] payload, byte[] metaData, String timestamp) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JournalLine journalLine(long sequence) {
        JsonNode payloadJson = payloadJson();
        JsonNode occurredAt = payloadJson.isObject() ? payloadJson.get("occurredAt") : null;
        return new JournalLine(sequence, eventId, aggregateId, aggregateSequence, simpleName(payloadType), occurredAt,
                recordedAt(), actor(), payloadJson);
    }

    private JsonNode payloadJson() {
        try {
            JsonNode json = JSON.readTree(payload);
            JsonCanonicalizer.canonicalize(json);
            return json;
        } catch (IOException | IllegalArgumentException notCanonicalJson) {
            return TextNode.valueOf(new String(payload, StandardCharsets.UTF_8));
        }
    }

    /** The store's timestamp as an RFC 3339 instant, the way the history shows it. */
    private String recordedAt() {
        try {
            return OffsetDateTime.parse(timestamp).toInstant().toString();
        } catch (DateTimeParseException e) {
            return timestamp;
        }
    }

    private String actor() {
        if (metaData == null) {
            return null;
        }
        try {
            JsonNode actor = JSON.readTree(metaData).path(CommandMetadata.ACTOR);
            return actor.isTextual() ? actor.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String simpleName(String className) {
        if (className == null) {
            return null;
        }
        return className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    }
}
