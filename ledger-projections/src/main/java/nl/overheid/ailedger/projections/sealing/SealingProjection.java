package nl.overheid.ailedger.projections.sealing;

import nl.overheid.ailedger.core.integrity.CompactRange;
import nl.overheid.ailedger.core.integrity.CompactRangeState;
import nl.overheid.ailedger.core.integrity.Hex;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Seals every event, of every type, present and future, into the Merkle tree in the order this processor receives
 * them: that order is the ledger sequence. It runs as one segment, so the order is a single one, and it writes the
 * leaf, the tree state and its token in one transaction.
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

    @EventHandler
    void on(Object event, @MessageIdentifier String eventId) {
        StoredEvent stored = store.storedEvent(eventId).orElseThrow(() -> new IllegalStateException(
                "event " + eventId + " was delivered but is not in the event store"));
        if (store.isSealed(stored.globalIndex())) {
            return;
        }
        CompactRangeState previous = store.treeState();
        CompactRange range = CompactRange.restore(previous);
        byte[] leafHash = stored.journalLine(range.size()).leafHash();
        range.append(leafHash);
        store.append(stored.globalIndex(), leafHash, previous, range.exportState(), Hex.encode(range.rootHash()));
    }

    @ResetHandler
    void refuseReset() {
        throw new UnsupportedOperationException("the sealed journal is never replayed: its sequences are signed");
    }
}
