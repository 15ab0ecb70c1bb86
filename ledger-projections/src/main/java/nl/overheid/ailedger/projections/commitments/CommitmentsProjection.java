package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps a row per commitment event. Views of any moment are folds of these rows per commitment, so no folded
 * state is stored: the row and the processor's token are written in one transaction.
 */
@Component
@ProcessingGroup(CommitmentsProjection.PROCESSING_GROUP)
public class CommitmentsProjection {

    public static final String PROCESSING_GROUP = "commitments";

    private final CommitmentStore store;
    private final CommitmentCodec codec;

    CommitmentsProjection(CommitmentStore store, CommitmentCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    @EventHandler
    void on(CommitmentEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        store.append(new StoredCommitmentEvent(event.commitmentId(), sequence, message.getIdentifier(),
                CommitmentCodec.typeOf(event), event.occurredAt(), recordedAt, CommitmentCodec.revisionOf(event),
                codec.encode(event)));
    }

    @ResetHandler
    void reset() {
        store.clear();
    }
}
