package nl.overheid.ailedger.projections.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import nl.overheid.ailedger.projections.history.ReadMoment;
import org.junit.jupiter.api.Test;

class VersionLifetimesTest {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void classesALifetimeByThePowerOfTwoMicrosecondsThatBoundsIt() {
        assertThat(VersionLifetimes.classOf(START, START.plus(1, ChronoUnit.MICROS))).isZero();
        assertThat(VersionLifetimes.classOf(START, START.plus(2, ChronoUnit.MICROS))).isEqualTo(1);
        assertThat(VersionLifetimes.classOf(START, START.plus(3, ChronoUnit.MICROS))).isEqualTo(2);
        assertThat(VersionLifetimes.classOf(START, START.plus(1024, ChronoUnit.MICROS))).isEqualTo(10);
        assertThat(VersionLifetimes.classOf(START, START.plus(1025, ChronoUnit.MICROS))).isEqualTo(11);
        assertThat(VersionLifetimes.classOf(Instant.EPOCH, ReadMoment.END_OF_TIME))
                .isLessThan(VersionLifetimes.CURRENT);
    }

    /** The promise the read relies on: a version current at q lies in the range of its class for q. */
    @Test
    void findsEveryVersionThatWasCurrentAtAMomentInTheRangeOfItsClass() {
        Random random = new Random(20261123);
        for (int i = 0; i < 100_000; i++) {
            Instant recorded = START.plus(random.nextLong(1L << 45), ChronoUnit.MICROS);
            long lifetime = 1 + random.nextLong(1L << random.nextInt(1, 50));
            Instant superseded = recorded.plus(lifetime, ChronoUnit.MICROS);
            Instant q = recorded.plus(random.nextLong(lifetime), ChronoUnit.MICROS);

            int lifetimeClass = VersionLifetimes.classOf(recorded, superseded);
            Instant recordedAfter = recordedAfter(q, lifetimeClass);

            assertThat(recorded).as("lifetime %d µs, q %s", lifetime, q).isAfter(recordedAfter).isBeforeOrEqualTo(q);
        }
    }

    @Test
    void looksNoFurtherBackThan1970() {
        Instant q = Instant.parse("1970-01-02T00:00:00Z");
        assertThat(VersionLifetimes.recordedAfter(q)).hasSize(VersionLifetimes.CURRENT + 1);
        assertThat(recordedAfter(q, VersionLifetimes.CURRENT)).isEqualTo(Instant.EPOCH);
        assertThat(recordedAfter(q, 50)).isEqualTo(Instant.EPOCH);
        assertThat(recordedAfter(q, 0)).isEqualTo(Instant.parse("1970-01-01T23:59:59.999999Z"));
    }

    private static Instant recordedAfter(Instant q, int lifetimeClass) {
        return ((OffsetDateTime) VersionLifetimes.recordedAfter(q).get(VersionLifetimes.parameter(lifetimeClass)))
                .toInstant();
    }
}
