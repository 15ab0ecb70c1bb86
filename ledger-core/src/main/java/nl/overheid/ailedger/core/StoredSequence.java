package nl.overheid.ailedger.core;

import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * What a command handler answers: the sequence number the event store holds for the aggregate's last event, the one
 * the command applied. It is the store's number, not a count of events folded, so the answer to a write names the
 * event that was actually stored, also in a history with a gap in its numbers.
 */
public final class StoredSequence {

    private StoredSequence() {
    }

    /** Within a command handler, after it applied its events. */
    public static long ofLastEvent() {
        return AggregateLifecycle.getVersion();
    }
}
