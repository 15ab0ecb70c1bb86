package nl.overheid.ailedger.core.api.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date as precise as its source gives it: a day ({@code 2024-01-18}), a month ({@code 2024-01}, "in januari
 * 2024") or a year ({@code 2024}, "eind 2024"), the reduced precisions of ISO 8601. A month or a year is never
 * turned into a day: it stays the period it is.
 *
 * <p>Days are UTC days, as everywhere in the commitments. Something dated by a period is certain only once the
 * period has come to its last day: the ledger places it there in valid time ({@link #certainFrom()}), and a due
 * date is met as long as its period lasts ({@link #passedOn(LocalDate)}).
 */
public record PartialDate(LocalDate firstDay, Precision precision) implements Comparable<PartialDate> {

    public static final String PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public enum Precision {
        DAY, MONTH, YEAR
    }

    public PartialDate {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && firstDay.getDayOfMonth() != 1
                || precision == Precision.YEAR && firstDay.getDayOfYear() != 1) {
            throw new IllegalArgumentException(firstDay + " does not start a " + precision.name().toLowerCase());
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.atDay(1), Precision.MONTH);
    }

    public static PartialDate of(Year year) {
        return new PartialDate(year.atDay(1), Precision.YEAR);
    }

    /** The UTC day of an instant. */
    public static PartialDate dayOf(Instant instant) {
        return of(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** {@code 2024-01-18}, {@code 2024-01} or {@code 2024}; anything else is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PartialDate parse(String text) {
        if (text == null || !VALID.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a day (2024-01-18), a month (2024-01) or a "
                    + "year (2024)");
        }
        try {
            return switch (text.length()) {
                case 4 -> of(Year.parse(text));
                case 7 -> of(YearMonth.parse(text));
                default -> of(LocalDate.parse(text));
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the calendar", e);
        }
    }

    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> firstDay;
            case MONTH -> YearMonth.from(firstDay).atEndOfMonth();
            case YEAR -> Year.from(firstDay).atDay(Year.from(firstDay).length());
        };
    }

    /**
     * The moment from which a source with this date makes what it dates certain: the start of the period's last
     * day. A day is its own last day, so a day keeps the ledger's convention of the start of that day.
     */
    public Instant certainFrom() {
        return lastDay().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the whole period lies before {@code day}: a deadline "in januari 2024" has passed on 1 February. */
    public boolean passedOn(LocalDate day) {
        return day.isAfter(lastDay());
    }

    /** Whether this period ends before {@code other} begins. */
    public boolean endsBefore(PartialDate other) {
        return lastDay().isBefore(other.firstDay());
    }

    /** Earlier periods first; of periods that start on one day, the shorter first. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = firstDay.compareTo(other.firstDay);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }

    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> firstDay.toString();
            case MONTH -> YearMonth.from(firstDay).toString();
            case YEAR -> Year.from(firstDay).toString();
        };
    }
}
