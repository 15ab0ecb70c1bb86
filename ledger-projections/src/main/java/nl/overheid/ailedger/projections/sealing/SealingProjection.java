package nl.overheid.ailedger.projections.sealing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.overheid.ailedger.core.integrity.CompactRange;
import nl.overheid.ailedger.core.integrity.CompactRangeState;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.projections.ProcessingBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Seals every event, of every type, present and future, into the Merkle tree in the order this processor receives
 * them: that order is the ledger sequence. It runs as one segment, so the order is a single one, and it writes the
 * leaves, the tree state and its token in one transaction: the events of a processing batch are sealed together when
 * the batch is about to commit.
 *
 * <p>The leaf is computed from the event's stored row, not from the deserialized message, so that it is exactly what
 * verification recomputes later. The sealed journal is never rebuilt: a replay would renumber history that auditors
 * already hold signed checkpoints of, so this processor refuses to be reset.
 */
@Component
@ProcessingGroup(SealingProjection.PROCESSING_GROUP)
@DisallowReplay
public class SealingProjection {

    public static final String PROCESSING_GROUP = "sealing";

    private final SealingStore store;

    SealingProjection(SealingStore store) {
        this.store = store;
    }

    /** Takes the message, not its payload: the payload is never deserialized for sealing (a fifth of its CPU). */
    @EventHandler
    void on(EventMessage<?> event) {
        ProcessingBatch.add(EventsToSeal.class.getName(), EventsToSeal::new,
                toSeal -> toSeal.eventIds.add(event.getIdentifier()));
    }

    @ResetHandler
    void refuseReset() {
        throw new UnsupportedOperationException("the sealed journal is never replayed: its sequences are signed");
    }

    /** Appends the events to the tree in the given (delivery) order, each once: a sealed event is left as it is. */
    private void seal(List<String> eventIds) {
        Map<String, StoredEvent> stored = store.storedEvents(eventIds);
        List<StoredEvent> events = eventIds.stream().map(eventId -> {
            StoredEvent event = stored.get(eventId);
            if (event == null) {
                throw new IllegalStateException("event " + eventId + " was delivered but is not in the event store");
            }
            return event;
        }).toList();
        Set<Long> sealed = new HashSet<>(store.sealedAmong(events.stream().map(StoredEvent::globalIndex).toList()));
        CompactRangeState previous = store.treeState();
        CompactRange range = CompactRange.restore(previous);
        List<SealingStore.Leaf> leaves = new ArrayList<>();
        for (StoredEvent event : events) {
            // an event sealed before, or delivered twice in this batch, is sealed once
            if (sealed.add(event.globalIndex())) {
                long sequence = range.size();
                byte[] leafHash = event.journalLine(sequence).leafHash();
                range.append(leafHash);
                leaves.add(new SealingStore.Leaf(sequence, event.globalIndex(), leafHash));
            }
        }
        if (!leaves.isEmpty()) {
            store.append(leaves, previous, range.exportState(), Hex.encode(range.rootHash()));
        }
    }

    /** The events delivered in one processing batch, in delivery order. */
    private final class EventsToSeal implements ProcessingBatch.Work {

        private final List<String> eventIds = new ArrayList<>();

        @Override
        public void flush() {
            seal(eventIds);
        }
    }
}
