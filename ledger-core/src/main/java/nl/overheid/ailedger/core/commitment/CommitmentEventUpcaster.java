package nl.overheid.ailedger.core.commitment;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.PartlyFulfilled;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.core.api.commitment.Withdrawn;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads commitment events stored in revision 1 as revision 2, saying what each field that revision 1 did not have
 * means for them: no Kamerstuk number, first-named date, bewindspersoon or sources were registered, and no step was
 * dated by a source (its instant is all there is). Every field revision 1 had keeps its value and its meaning: a
 * day stays that day. Axon applies it to the event store; the commitments read model to its own rows of revision 1.
 */
public final class CommitmentEventUpcaster extends SingleEventUpcaster {

    private static final String REVISION_1 = "1";
    private static final String REVISION_2 = "2";

    private static final Map<String, Consumer<ObjectNode>> FROM_REVISION_1 = Map.of(
            CommitmentRegistered.class.getName(), CommitmentEventUpcaster::registeredWithoutNewFacts,
            ProgressReported.class.getName(), CommitmentEventUpcaster::notDatedBySource,
            PartlyFulfilled.class.getName(), CommitmentEventUpcaster::notDatedBySource,
            Fulfilled.class.getName(), CommitmentEventUpcaster::notDatedBySource,
            Withdrawn.class.getName(), CommitmentEventUpcaster::notDatedBySource,
            DueDateChanged.class.getName(), node -> {
                // a day, as revision 1 always held, is a PartialDate of a day
            });

    /** The payload of a stored commitment event of {@code type} and {@code revision}, in its current shape. */
    public static JsonNode current(Class<? extends CommitmentEvent> type, String revision, JsonNode payload) {
        Consumer<ObjectNode> step = FROM_REVISION_1.get(type.getName());
        return step != null && REVISION_1.equals(revision) ? upcast(step).apply(payload) : payload;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType().getRevision())
                && FROM_REVISION_1.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(new SimpleSerializedType(type, REVISION_2), JsonNode.class,
                upcast(FROM_REVISION_1.get(type)));
    }

    private static Function<JsonNode, JsonNode> upcast(Consumer<ObjectNode> step) {
        return payload -> {
            ObjectNode copy = payload.deepCopy();
            step.accept(copy);
            return copy;
        };
    }

    private static void registeredWithoutNewFacts(ObjectNode registered) {
        registered.putNull("kamerstuk");
        registered.putNull("firstNamedOn");
        registered.putNull("responsibleMinister");
        registered.putArray("sources");
    }

    private static void notDatedBySource(ObjectNode step) {
        step.putNull("occurredOn");
    }
}
