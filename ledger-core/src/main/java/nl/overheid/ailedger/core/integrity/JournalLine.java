package nl.overheid.ailedger.core.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of the audit journal: a stored event in ledger order, as the sealing processor hashed it into the Merkle
 * tree. Its leaf hash is {@code SHA-256(0x00 || JCS(line))} over the line without {@code leafHash}.
 *
 * @param sequence          the position in the tree, from 0, gapless
 * @param aggregateSequence the event's sequence number within its aggregate, so that reordering an aggregate's
 *                          history is detected too
 * @param type              the simple name of the payload type, e.g. {@code ApplicationRegistered}
 * @param occurredAt        the payload's own {@code occurredAt} (a JSON null when it has none)
 * @param recordedAt        the event store's timestamp
 * @param actor             the credential that sent the command, or null
 * @param payload           the event's JSON as stored
 */
public record JournalLine(long sequence, String eventId, String aggregateId, long aggregateSequence, String type,
                          JsonNode occurredAt, String recordedAt, String actor, JsonNode payload) {

    public static final String SEQUENCE = "sequence";
    public static final String LEAF_HASH = "leafHash";

    public JournalLine {
        occurredAt = occurredAt == null ? NullNode.getInstance() : occurredAt;
        payload = payload == null ? NullNode.getInstance() : payload;
    }

    /** The line as JSON, without its leaf hash. */
    public ObjectNode toJson() {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put(SEQUENCE, sequence);
        line.put("eventId", eventId);
        line.put("aggregateId", aggregateId);
        line.put("aggregateSequence", aggregateSequence);
        line.put("type", type);
        line.set("occurredAt", occurredAt);
        line.put("recordedAt", recordedAt);
        line.put("actor", actor);
        line.set("payload", payload);
        return line;
    }

    /** The line as JSON with the given leaf hash, as the journal endpoint writes it. */
    public ObjectNode toJson(byte[] leafHash) {
        return toJson().put(LEAF_HASH, Hex.encode(leafHash));
    }

    /** A verifier hashes the line as it received it, whatever fields it has, minus {@code leafHash}. */
    public byte[] leafHash() {
        return MerkleHasher.leafHash(entry());
    }

    /** The log entry the leaf hash is over: the line's canonical JSON (RFC 8785), as the tiled log serves it. */
    public byte[] entry() {
        return JsonCanonicalizer.canonicalize(toJson());
    }
}
