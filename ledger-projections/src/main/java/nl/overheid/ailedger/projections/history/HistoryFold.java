package nl.overheid.ailedger.projections.history;

import java.time.Instant;

/** How the events of one kind of entity fold into its state, and how that state is kept whole in a snapshot. */
public interface HistoryFold<S, E> {

    /** The state before the entity's first event. */
    S initial();

    S fold(S state, E event);

    /** The sequence of the last event folded into {@code state}. */
    long version(S state);

    /** The latest valid time among the events folded into {@code state}. */
    Instant occurredUntil(S state);

    String encode(S state);

    S decode(String state);
}
