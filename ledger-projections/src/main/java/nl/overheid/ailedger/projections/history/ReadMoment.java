package nl.overheid.ailedger.projections.history;

import java.time.Clock;
import java.time.Instant;

/**
 * A moment to read the ledger at: {@code asOf} in transaction time (what the ledger had recorded by then) and
 * {@code validAt} in valid time (what had occurred by then, as known at {@code asOf}).
 */
public record ReadMoment(Instant asOf, Instant validAt) {

    /** After every moment a client may ask about. */
    public static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** Everything a history holds: all that was recorded, whenever it occurred. */
    public static final ReadMoment EVERYTHING = new ReadMoment(END_OF_TIME, END_OF_TIME);

    /** Both default to now; {@code validAt} defaults to {@code asOf} when only that is given. */
    public static ReadMoment of(Instant asOf, Instant validAt, Clock clock) {
        Instant knownAt = asOf == null ? clock.instant() : asOf;
        return new ReadMoment(knownAt, validAt == null ? knownAt : validAt);
    }
}
