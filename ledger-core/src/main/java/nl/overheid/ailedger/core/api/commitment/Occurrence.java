package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;
import java.util.Objects;

/**
 * When a step on a commitment occurred: at an instant, or on a date as a source gives it ({@code on}), which puts
 * the step in valid time where the date makes it certain ({@link PartialDate#certainFrom()}).
 */
public record Occurrence(Instant at, PartialDate on) {

    public Occurrence {
        Objects.requireNonNull(at, "at");
        if (on != null && !at.equals(on.certainFrom())) {
            throw new IllegalArgumentException("a step dated " + on + " occurs at " + on.certainFrom() + ", not " + at);
        }
    }

    public static Occurrence of(Instant at) {
        return new Occurrence(at, null);
    }

    public static Occurrence of(PartialDate on) {
        return new Occurrence(on.certainFrom(), on);
    }
}
