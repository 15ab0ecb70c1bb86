package nl.overheid.ailedger.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Checks the moments clients send. A reported valid time may not lie in the future (beyond a little clock
 * skew) nor before 2000, and is kept to microseconds, the precision the ledger stores. A moment to read at
 * ({@code asOf}, {@code validAt}) must lie between 1970 and 9999.
 */
public final class Moments {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Instant EARLIEST_OCCURRENCE = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant EARLIEST_READ = Instant.EPOCH;
    private static final Instant LATEST_READ = Instant.parse("9999-12-31T23:59:59Z");

    private Moments() {
    }

    public static Instant occurredAt(Instant occurredAt, Clock clock) {
        return occurredAt("occurredAt", occurredAt, clock);
    }

    /** The same check for a moment that the field {@code name} stands for. */
    public static Instant occurredAt(String name, Instant occurredAt, Clock clock) {
        if (occurredAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidRequestException(name, "lies in the future");
        }
        if (occurredAt.isBefore(EARLIEST_OCCURRENCE)) {
            throw new InvalidRequestException(name, "lies before 2000-01-01");
        }
        return occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The moment to read at, or null for now. */
    public static Instant readAt(String name, Instant moment) {
        if (moment != null && (moment.isBefore(EARLIEST_READ) || moment.isAfter(LATEST_READ))) {
            throw new InvalidRequestException(name, "must lie between 1970 and 9999");
        }
        return moment;
    }
}
