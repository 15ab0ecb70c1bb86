package nl.overheid.ailedger.upgrade;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What of an answer a next release must serve as the old release did. A next release may add fields, which are
 * left out of the comparison ({@link #keptIn}); what it judges anew (compliance, overdue) is not a fact of the store.
 */
enum Facts {

    /** Every field the old release served. */
    AS_SERVED {
        @Override
        JsonNode of(JsonNode answer) {
            return answer;
        }
    },

    /**
     * Every field the old release served but what depends on when it was read: the moments a list says it was read at
     * ({@code asOf}, {@code validAt}) and whether a commitment is overdue. A read that names neither moment is of the
     * present, which had moved on when it was read again, and a commitment open past its due date becomes overdue.
     */
    AS_SERVED_BUT_WHEN_READ {
        @Override
        JsonNode of(JsonNode answer) {
            ObjectNode facts = ((ObjectNode) answer.deepCopy()).remove(List.of("asOf", "validAt"));
            facts.findParents("overdue").forEach(view -> ((ObjectNode) view).remove("overdue"));
            return facts;
        }
    },

    /** An application view, or a page of them: everything but compliance, which a next release judges anew. */
    REGISTER {
        @Override
        JsonNode of(JsonNode answer) {
            JsonNode facts = answer.deepCopy();
            facts.findParents("compliance").forEach(view -> ((ObjectNode) view).remove("compliance"));
            return facts;
        }
    },

    /** A commitment, or a list of them: what it is, its status and its progress as the Kamer was told. */
    COMMITMENTS {
        @Override
        JsonNode of(JsonNode answer) {
            if (!answer.has("items")) {
                return commitment(answer);
            }
            ObjectNode list = JsonNodeFactory.instance.objectNode();
            ArrayNode items = list.putArray("items");
            answer.get("items").forEach(view -> items.add(commitment(view)));
            return list.set("total", answer.get("total"));
        }
    };

    private static final List<String> COMMITMENT = List.of("id", "kind", "reference", "title", "submitters",
            "adoptedOn", "dueDate", "actionLine", "status", "linkedApplications");
    private static final List<String> PROGRESS = List.of("type", "occurredAt", "summary", "reference");

    abstract JsonNode of(JsonNode answer);

    /** The facts of today's answer, in the shape of the old answer's facts: fields added since are left out. */
    JsonNode keptIn(JsonNode now, JsonNode old) {
        return shapedLike(of(now), of(old));
    }

    private static ObjectNode commitment(JsonNode view) {
        ObjectNode facts = pick(view, COMMITMENT);
        ArrayNode progress = facts.putArray("progress");
        view.path("progress").forEach(entry -> progress.add(pick(entry, PROGRESS)));
        return facts;
    }

    private static ObjectNode pick(JsonNode node, List<String> fields) {
        ObjectNode picked = JsonNodeFactory.instance.objectNode();
        fields.forEach(field -> picked.set(field, node.get(field)));
        return picked;
    }

    /** {@code node} with only the fields {@code shape} has, at every depth; arrays of another length stay whole. */
    private static JsonNode shapedLike(JsonNode node, JsonNode shape) {
        if (node == null) {
            return null;
        }
        if (node.isObject() && shape.isObject()) {
            ObjectNode kept = JsonNodeFactory.instance.objectNode();
            for (Iterator<String> fields = shape.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                if (node.has(field)) {
                    kept.set(field, shapedLike(node.get(field), shape.get(field)));
                }
            }
            return kept;
        }
        if (node.isArray() && shape.isArray() && node.size() == shape.size()) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                kept.add(shapedLike(node.get(i), shape.get(i)));
            }
            return kept;
        }
        return node;
    }
}
