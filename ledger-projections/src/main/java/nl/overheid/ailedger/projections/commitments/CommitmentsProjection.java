package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.projections.history.EventHistory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps each commitment event in the commitments' history. Views of any moment are folds of a commitment's events, so
 * no folded state is stored: the event's row and the processor's token are written in one transaction.
 */
@Component
@ProcessingGroup(CommitmentsProjection.PROCESSING_GROUP)
public class CommitmentsProjection {

    public static final String PROCESSING_GROUP = "commitments";

    private final EventHistory<CommitmentEvent> history;

    CommitmentsProjection(EventHistory<CommitmentEvent> history) {
        this.history = history;
    }

    @EventHandler
    void on(CommitmentEvent event, EventMessage<?> message, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        history.appendNew(history.record(event, message, sequence, recordedAt));
    }

    @ResetHandler
    void reset() {
        history.clear();
    }
}
