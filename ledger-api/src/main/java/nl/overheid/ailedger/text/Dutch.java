package nl.overheid.ailedger.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.web.CheckpointView;

/** Days, moments, phases and checkpoints as the ledger's Dutch texts (reports, summaries) write them. */
public final class Dutch {

    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", LOCALE);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu 'om' HH:mm", LOCALE)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private static final Map<Phase, String> PHASES = Map.of(Phase.EXPLORATION, "Verkenning", Phase.PILOT, "Pilot",
            Phase.PRODUCTION, "In gebruik", Phase.SUSPENDED, "Opgeschort", Phase.RETIRED, "Buiten gebruik");

    private Dutch() {
    }

    /** "In gebruik" for PRODUCTION. */
    public static String phase(Phase phase) {
        return PHASES.get(phase);
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
