package nl.overheid.ailedger.projections.register;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.overheid.ailedger.projections.SqlTimes;

/**
 * Finds the versions that were current at a moment q ({@code recorded_at <= q < superseded_at}) in a few short
 * index ranges. A plain range on either column reads half of all versions for a q halfway through the history.
 * Instead each superseded version gets a lifetime class: its lifetime rounded up to a power of two microseconds
 * (class k lived at most 2^k µs). A version of class k that was current at q was recorded after q - 2^k, so it
 * lies in the index range {@code lifetime_class = k, recorded_at in (q - 2^k, q]}; every version of class k
 * recorded in the later half of that range was current at q, so the ranges read little besides the answer.
 * Versions still current have class {@link #CURRENT} and are found by {@code recorded_at <= q} alone.
 */
final class VersionLifetimes {

    /** The class of a version that nothing has superseded yet. */
    static final int CURRENT = 63;

    /**
     * A table of every class with the moment after which its versions current at q were recorded: a join
     * source whose named parameters are {@link #recordedAfter(Instant)}.
     */
    static final String CLASSES = IntStream.rangeClosed(0, CURRENT)
            .mapToObj(k -> "(" + k + ", CAST(:" + parameter(k) + " AS TIMESTAMP(6) WITH TIME ZONE))")
            .collect(Collectors.joining(", ", "(VALUES ", ") AS c (lifetime_class, recorded_after)"));

    private VersionLifetimes() {
    }

    static int classOf(Instant recordedAt, Instant supersededAt) {
        Duration lifetime = Duration.between(recordedAt, supersededAt);
        long micros = Math.max(1, lifetime.getSeconds() * 1_000_000 + lifetime.getNano() / 1_000);
        return 64 - Long.numberOfLeadingZeros(micros - 1);
    }

    /** The parameters of {@link #CLASSES} for the moment {@code q}; never before 1970, when nothing was recorded. */
    static Map<String, Object> recordedAfter(Instant q) {
        Map<String, Object> parameters = new HashMap<>();
        for (int k = 0; k <= CURRENT; k++) {
            Instant after = k == CURRENT ? Instant.EPOCH : q.minus(1L << k, ChronoUnit.MICROS);
            parameters.put(parameter(k), SqlTimes.timestamp(after.isBefore(Instant.EPOCH) ? Instant.EPOCH : after));
        }
        return parameters;
    }

    static String parameter(int lifetimeClass) {
        return "recordedAfter" + lifetimeClass;
    }
}
