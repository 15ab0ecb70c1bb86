package nl.overheid.ailedger.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.overheid.ailedger.web.CheckpointView;

/** Days, moments and checkpoints as the ledger's Dutch texts (reports, summaries) write them. */
public final class Dutch {

    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu 'om' HH:mm", LOCALE)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private Dutch() {
    }

    /** "5 maart 2025". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "5 maart 2025 om 11:00", in Dutch time. */
    public static String moment(Instant moment) {
        return MOMENT.format(moment);
    }

    /** "boomgrootte 42, wortelhash 9f86…", or that there was no signed checkpoint yet. */
    public static String checkpoint(CheckpointView checkpoint) {
        return checkpoint == null ? "nog geen ondertekend controlepunt beschikbaar"
                : "boomgrootte " + checkpoint.treeSize() + ", wortelhash " + checkpoint.rootHash() + ", "
                + (checkpoint.witnessed() ? "medeondertekend door getuigen" : "niet medeondertekend door getuigen");
    }
}
