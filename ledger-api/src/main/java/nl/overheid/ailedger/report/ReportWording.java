package nl.overheid.ailedger.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.projections.sealing.CheckpointRef;

/** The Dutch words of the report, shared by every format so that they all say the same. */
final class ReportWording {

    static final String TITLE = "Voortgangsrapportage moties en toezeggingen generatieve AI";
    static final String NO_COMMITMENTS = "Geen moties of toezeggingen op deze actielijn.";
    static final String NO_PROGRESS = "Nog geen voortgang gemeld";
    static final String OVERDUE = "te laat";
    static final String MONITOR = "Monitor AI-toepassingen";
    static final String SUMMARY = "Samenvatting";
    /** The columns of the table per action line, in the Markdown and HTML forms. */
    static final List<String> COLUMNS = List.of("Soort", "Kamerstuk", "Titel", "Indieners", "Verantwoordelijk",
            "Status", "Uiterste datum", "Laatste voortgang");

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", DUTCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu 'om' HH:mm", DUTCH)
            .withZone(NETHERLANDS);

    private static final Map<String, String> PHASES = Map.of("EXPLORATION", "Verkenning", "PILOT", "Pilot",
            "PRODUCTION", "In gebruik", "SUSPENDED", "Opgeschort", "RETIRED", "Buiten gebruik");

    private ReportWording() {
    }

    static String actionLine(ActionLine line) {
        return line.label();
    }

    static String status(CommitmentStatus status) {
        return status.label();
    }

    /** A phase of the monitor; a name the report does not know is shown as it is. */
    static String phase(String phase) {
        return PHASES.getOrDefault(phase, phase);
    }

    static String compliance(String status) {
        return ComplianceStatus.valueOf(status).label();
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A date as precise as it is: "18 januari 2024", "januari 2024" or "2024"; "niet vermeld" when there is none. */
    static String day(PartialDate date) {
        if (date == null) {
            return "niet vermeld in de bronnen";
        }
        return switch (date.precision()) {
            case DAY -> DAY.format(date.firstDay());
            case MONTH -> MONTH.format(date.firstDay());
            case YEAR -> Integer.toString(date.firstDay().getYear());
        };
    }

    /** "Peilmoment: 5 maart 2025 om 11:00 (2025-03-05T10:00:00Z)": Dutch time for people, the instant for checks. */
    static String asOf(Instant asOf) {
        return "Peilmoment: " + MOMENT.format(asOf) + " (" + asOf + ")";
    }

    static String checkpoint(CheckpointRef checkpoint) {
        return checkpoint == null
                ? "Controlepunt: nog niet beschikbaar"
                : "Controlepunt: boomgrootte " + checkpoint.treeSize() + ", wortelhash " + checkpoint.rootHash();
    }

    /** "In totaal 6 moties en toezeggingen: 2 openstaand, ...; 1 te laat." */
    static String totals(KamerReport.Totals totals) {
        StringJoiner perStatus = new StringJoiner(", ");
        for (CommitmentStatus status : CommitmentStatus.values()) {
            perStatus.add(totals.byStatus().get(status) + " " + status(status).toLowerCase(DUTCH));
        }
        return "In totaal " + totals.commitments() + " moties en toezeggingen: " + perStatus + "; "
                + totals.overdue() + " " + OVERDUE + ".";
    }

    /** The cells of one commitment under {@link #COLUMNS}, as plain text. */
    static List<String> cells(KamerReport.ReportedCommitment commitment) {
        return List.of(commitment.kindLabel(), commitment.reference(), commitment.title(),
                submitters(commitment.submitters()), commitment.responsibleOrganisation(),
                commitment.overdue() ? commitment.statusLabel() + " (" + OVERDUE + ")" : commitment.statusLabel(),
                day(commitment.dueDate()), lastProgress(commitment.lastProgress()));
    }

    /** "Dekker-Abdulaziz en Rajkowski"; "A, B en C". */
    static String submitters(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
    }

    static String monitor(long applications) {
        return MONITOR + " op het peilmoment: " + applications + " toepassingen.";
    }

    /** "18 januari 2024: the summary (the reference)", or that nothing was reported yet. */
    static String lastProgress(KamerReport.LastProgress progress) {
        return progress == null ? NO_PROGRESS : day(progressDay(progress)) + ": " + progressText(progress);
    }

    /** The day (Dutch time) of the last progress. */
    static LocalDate progressDay(KamerReport.LastProgress progress) {
        return LocalDate.ofInstant(progress.occurredAt(), NETHERLANDS);
    }

    /** The summary with its reference in brackets, or the reference alone when there is no summary. */
    static String progressText(KamerReport.LastProgress progress) {
        if (progress == null) {
            return NO_PROGRESS;
        }
        if (progress.summary() == null) {
            return progress.reference();
        }
        return progress.reference() == null ? progress.summary()
                : progress.summary() + " (" + progress.reference() + ")";
    }
}
