package nl.overheid.ailedger.projections.history;

import java.time.Instant;

/** What a history needs to know of one kind of event: whose it is, when it occurred, and its stored form. */
public interface EventKind<E> {

    String entityIdOf(E event);

    Instant occurredAtOf(E event);

    /** The name its rows are stored under. */
    String typeOf(E event);

    /** The revision of the shape {@link #encode} writes. */
    String revisionOf(E event);

    String encode(E event);

    /** The stored event in its current shape, upcast when it was stored in an older one. */
    E decode(HistoryEvent stored);
}
