package nl.overheid.ailedger.core.policy;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * Reads a rule whose requirement's fields sit beside its own: the fields every rule has are taken out, and what is
 * left must be exactly the requirement of the rule's id (an unknown field is refused there).
 */
final class RuleReader extends StdDeserializer<Rule> {

    private static final Set<String> COMMON = Set.of("id", "kind", "title", "source", "interpretation", "scope",
            "phases", "when", "exceptionAllowed");

    RuleReader() {
        super(Rule.class);
    }

    @Override
    public Rule deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        if (!node.isObject()) {
            return (Rule) context.handleUnexpectedToken(Rule.class, parser);
        }
        RuleId id = read(context, node, "id", context.constructType(RuleId.class));
        if (id == null) {
            return (Rule) context.reportInputMismatch(Rule.class, "a rule has an id (R1 to R6)");
        }
        ObjectNode requirement = ((ObjectNode) node).deepCopy();
        requirement.remove(COMMON);
        Boolean exceptionAllowed = read(context, node, "exceptionAllowed", context.constructType(Boolean.class));
        try {
            return new Rule(id,
                    read(context, node, "kind", context.constructType(RuleKind.class)),
                    read(context, node, "title", context.constructType(String.class)),
                    source(context, node),
                    read(context, node, "interpretation", context.constructType(String.class)),
                    read(context, node, "scope", context.constructType(RuleScope.class)),
                    read(context, node, "phases", context.getTypeFactory().constructCollectionType(Set.class,
                            Phase.class)),
                    read(context, node, "when", context.constructType(Condition.class)),
                    Boolean.TRUE.equals(exceptionAllowed),
                    context.readTreeAsValue(requirement, Requirement.typeOf(id)));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return (Rule) context.reportInputMismatch(Rule.class, invalid.getMessage());
        }
    }

    /** A source, or the string {@code "DRAFT"} for a rule of a draft that no document holds yet. */
    private static PolicySource source(DeserializationContext context, JsonNode rule) throws IOException {
        JsonNode source = rule.get("source");
        if (source != null && source.isTextual()) {
            return PolicySource.DRAFT.reference().equals(source.asText()) ? PolicySource.DRAFT
                    : (PolicySource) context.reportInputMismatch(PolicySource.class,
                            "a source is {document, reference, passage} or the marker DRAFT");
        }
        return read(context, rule, "source", context.constructType(PolicySource.class));
    }

    private static <T> T read(DeserializationContext context, JsonNode rule, String field, JavaType type)
            throws IOException {
        JsonNode value = rule.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return context.readTreeAsValue(value, type);
        } catch (JsonMappingException invalid) {
            throw JsonMappingException.wrapWithPath(invalid, rule, field);
        }
    }
}
