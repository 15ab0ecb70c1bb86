package nl.overheid.ailedger.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.policy.RuleKind;
import nl.overheid.ailedger.text.Dutch;
import nl.overheid.ailedger.web.CheckpointView;

/** The Dutch words of the report, shared by every format so that they all say the same. */
final class ReportWording {

    static final String TITLE = "Voortgangsrapportage moties, toezeggingen en acties generatieve AI";
    static final String DOSSIER_NUMBER = "26 643";
    static final String DOSSIER_TITLE = "Informatie- en communicatietechnologie (ICT)";
    static final String ADDRESSEE = "de Voorzitter van de Tweede Kamer der Staten-Generaal";
    static final String NO_ACTION_LINE = "Niet ingedeeld bij een actielijn van de visie";
    static final String NO_COMMITMENTS = "Geen moties, toezeggingen of acties.";
    static final String NOT_IN_SOURCES = "niet vermeld in de bronnen";
    static final String NO_PROGRESS = "Geen voortgang vastgelegd";
    static final String OVERDUE = "termijn verstreken";
    static final String SUMMARY = "Samenvatting";
    static final String LEGEND = "Leeswijzer";
    static final String MONITOR = "Monitor AI-toepassingen";
    static final String COMPLIANCE = "Oordeel over toepassingen in gebruik waarop een regel van toepassing is";
    static final String RULES = "Regels waarop het oordeel rust";
    static final String RULES_INTRO = "De regels die op het peilmoment gelden, elk met de passage uit de "
            + "beleidsdocumenten waarop zij rust en, waar de bron ruimte laat, de lezing van de ledger. Soort: "
            + "standpunt, wet of huisregel.";
    static final List<String> RULE_COLUMNS = List.of("Regel", "Soort", "Regelset", "Bron", "Lezing van de ledger");
    static final String ANNEX = "Technische bijlage: integriteit";
    /** The columns of the table per section, in the Markdown and HTML forms. */
    static final List<String> COLUMNS = List.of("Kamerstuk", "Omschrijving", "Datum", "Verantwoordelijk", "Status",
            "Afdoening", "Laatste voortgang", "Bronnen");
    static final String COUNT = "Aantal";
    static final List<String> PHASE_COLUMNS = List.of("Fase", COUNT);
    static final List<String> COMPLIANCE_COLUMNS = List.of("Oordeel", COUNT, "Betekenis");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Dutch.LOCALE);


    private ReportWording() {
    }

    /** A date as precise as it is known: "18 januari 2024", "januari 2024" or "2024". */
    static String period(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> Dutch.day(date.firstDay());
            case MONTH -> MONTH.format(date.firstDay());
            case YEAR -> Integer.toString(date.firstDay().getYear());
        };
    }

    /** "Kamerstuk 26 643 Informatie- en communicatietechnologie (ICT)". */
    static String dossier(KamerReport.Dossier dossier) {
        return "Kamerstuk " + dossier.number() + " " + dossier.title();
    }

    /** "Bijlage bij de voortgangsbrief aan de Voorzitter van de Tweede Kamer der Staten-Generaal". */
    static String addressee(String addressee) {
        return "Bijlage bij de voortgangsbrief aan " + addressee;
    }

    /** "Peilmoment: 5 maart 2025 om 11:00 (2025-03-05T10:00:00Z)": Dutch time for people, the instant for checks. */
    static String asOf(Instant asOf) {
        return "Peilmoment: " + Dutch.moment(asOf) + " (" + asOf + ")";
    }

    /** "In totaal 19 moties, toezeggingen en acties: 3 moties, ... Stand: 12 openstaand, ...; bij 2 ... verstreken." */
    static String totals(KamerReport.Totals totals) {
        List<String> perKind = totals.byKind().stream().map(count -> count.count() + " " + plural(count.key()))
                .toList();
        List<String> perStatus = totals.byStatus().stream()
                .map(count -> count.count() + " " + count.label().toLowerCase(Dutch.LOCALE)).toList();
        return "In totaal " + totals.commitments() + " moties, toezeggingen en acties: " + names(perKind)
                + ". Stand: " + names(perStatus) + "; bij " + totals.overdue() + " is de " + OVERDUE + ".";
    }

    private static String plural(String kind) {
        return switch (CommitmentKind.valueOf(kind)) {
            case MOTIE -> "moties";
            case TOEZEGGING -> "toezeggingen";
            case ACTIE -> "acties uit de visie";
        };
    }

    /** The terms of the report and what they mean, the statuses first. */
    static List<List<String>> legend(KamerReport.Totals totals) {
        List<List<String>> terms = new ArrayList<>(totals.byStatus().stream()
                .map(count -> List.of(count.label(), count.meaning())).toList());
        terms.add(List.of("Termijn verstreken", "De termijn die een bron noemt is voorbij en de ledger heeft geen "
                + "afdoening vastgelegd. Alleen een termijn uit een bron telt: zonder termijn is niets te laat."));
        terms.add(List.of("Datums", "Zo precies als de bron ze geeft: een dag, een maand (\"april 2023\") of een jaar "
                + "(\"2024\"). Een termijn van een maand of een jaar loopt tot en met de laatste dag daarvan; \"eind "
                + "2024\" in een bron is de termijn 2024."));
        terms.add(List.of("Niet vermeld in de bronnen", "De beleidsdocumenten waarop dit overzicht rust noemen het "
                + "gegeven niet; het is niet geschat. Waar niet vermeld is wanneer een motie is aangenomen of een "
                + "toezegging gedaan, staat de datum van de vroegste bron die haar noemt erbij."));
        terms.add(List.of("Bronnen", "De beleidsdocumenten (bestandsnamen) waarop elk onderdeel rust."));
        return terms;
    }

    /** The cells of one commitment under {@link #COLUMNS}, as plain text. */
    static List<String> cells(KamerReport.ReportedCommitment commitment) {
        return List.of(kamerstuk(commitment), description(commitment), date(commitment), responsible(commitment),
                status(commitment), settlement(commitment), lastProgress(commitment.lastProgress()),
                sources(commitment));
    }

    /** "Kamerstukken 2022/23, 26 643, nr. 1003", the text the source cites, or that no source gives one. */
    static String kamerstuk(KamerReport.ReportedCommitment commitment) {
        if (commitment.kamerstuk() != null) {
            return commitment.kamerstuk().citation();
        }
        return commitment.reference() != null ? commitment.reference() : capitalised(NOT_IN_SOURCES);
    }

    /** "Motie van de leden Dekker-Abdulaziz en Rajkowski: ...", "Toezegging aan het lid ...", "Actie uit de visie: ...". */
    static String description(KamerReport.ReportedCommitment commitment) {
        List<String> names = commitment.submitters();
        String who = names.isEmpty() ? "" : switch (commitment.kind()) {
            case MOTIE -> (names.size() == 1 ? " van het lid " : " van de leden ") + names(names);
            case TOEZEGGING -> (names.size() == 1 ? " aan het lid " : " aan de leden ") + names(names);
            case ACTIE -> " (" + names(names) + ")";
        };
        return commitment.kindLabel() + who + ": " + commitment.title();
    }

    /** "Aangenomen: april 2023", or that no source says when, with the date of the earliest source naming it. */
    static String date(KamerReport.ReportedCommitment commitment) {
        String made = switch (commitment.kind()) {
            case MOTIE -> "Aangenomen";
            case TOEZEGGING -> "Toegezegd";
            case ACTIE -> "Aangekondigd";
        };
        if (commitment.adoptedOn() != null) {
            return made + ": " + period(commitment.adoptedOn());
        }
        return made + ": " + NOT_IN_SOURCES + (commitment.firstNamedOn() == null ? ""
                : " (voor het eerst genoemd in een bron van " + period(commitment.firstNamedOn()) + ")");
    }

    /** The bewindspersoon, then the organisation that reports on it. */
    static String responsible(KamerReport.ReportedCommitment commitment) {
        String minister = commitment.responsibleMinister() != null ? commitment.responsibleMinister()
                : "Bewindspersoon " + NOT_IN_SOURCES;
        return minister + " (" + commitment.responsibleOrganisation() + ")";
    }

    static String status(KamerReport.ReportedCommitment commitment) {
        return commitment.overdue() ? commitment.statusLabel() + " (" + OVERDUE + ")" : commitment.statusLabel();
    }

    /** "Afgedaan met ... (18 januari 2024)", "Vervallen (...): reason", or "Verwachte afdoening: januari 2024". */
    static String settlement(KamerReport.ReportedCommitment commitment) {
        KamerReport.Closing closing = commitment.closing();
        if (closing != null && closing.status() == CommitmentStatus.VOLDAAN) {
            return "Afgedaan met " + closing.reference() + " (" + period(closing.on()) + ")";
        }
        if (closing != null) {
            return "Vervallen (" + period(closing.on()) + "): " + closing.reason();
        }
        return "Verwachte afdoening: " + (commitment.dueDate() == null ? NOT_IN_SOURCES : period(commitment.dueDate()));
    }

    /** "januari 2024: the summary (the reference)", or that nothing was reported. */
    static String lastProgress(KamerReport.LastProgress progress) {
        if (progress == null) {
            return NO_PROGRESS;
        }
        return period(progress.on()) + ": " + progress.summary()
                + (progress.reference() == null ? "" : " (" + progress.reference() + ")");
    }

    static String sources(KamerReport.ReportedCommitment commitment) {
        return commitment.sources().isEmpty() ? capitalised(NOT_IN_SOURCES) : String.join(", ", commitment.sources());
    }

    /** "Dekker-Abdulaziz en Rajkowski"; "A, B en C": names, or any enumeration. */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
    }

    /** The cells of one rule under {@link #RULE_COLUMNS}. */
    static List<String> cells(KamerReport.PolicyRule rule) {
        String source = rule.passage() == null ? "Geen: een huisregel"
                : "„" + rule.passage() + "” (" + rule.reference() + "; " + rule.document() + ")";
        return List.of(rule.rule() + ": " + rule.title(), RuleKind.valueOf(rule.kind()).label(), rule.ruleSet(),
                source, rule.interpretation() == null ? "—" : rule.interpretation());
    }

    static String monitor(long applications) {
        return "Volgens de monitor waren op het peilmoment " + applications + " AI-toepassingen bekend.";
    }

    /** What the witnesses' cosignatures add, or that the checkpoint rests on the operator's key alone. */
    static String witnessing(CheckpointView checkpoint) {
        return checkpoint.witnessed()
                ? "Een quorum van onafhankelijke getuigen heeft dit controlepunt medeondertekend. Een getuige tekent "
                        + "alleen een boom die de eerder door hem getekende boom voortzet, zodat ook wie de ledger "
                        + "beheert de geschiedenis niet ongemerkt kan herschrijven."
                : "Dit controlepunt is niet door een quorum van onafhankelijke getuigen medeondertekend: dat de "
                        + "gebeurtenissen niet zijn herschreven, berust alleen op de sleutel van wie de ledger "
                        + "beheert.";
    }

    /** What the checkpoint covers, and what it does not: the report is read from tables derived from the events. */
    static final String COVERAGE = "Het controlepunt dekt de gebeurtenissen zelf. De aantallen, namen en standen in dit "
            + "overzicht zijn daaruit afgeleid en gelezen uit afgeleide tabellen van de ledger, die het controlepunt niet "
            + "dekt; de verificatie van de ledger (/api/v1/audit/verification) vergelijkt die tabellen met de "
            + "gebeurtenissen en meldt elk verschil.";

    /** The paragraphs of the technical annex. */
    static List<String> annex(Instant asOf, CheckpointView checkpoint) {
        String basis = "Dit overzicht is opgesteld uit de ledger zoals die op het peilmoment (" + asOf + ") bekend was.";
        if (checkpoint == null) {
            return List.of(basis, "Op dat moment was " + Dutch.checkpoint(null) + ".");
        }
        return List.of(basis, "Het laatste ondertekende controlepunt van dat moment: " + Dutch.checkpoint(checkpoint) + ".",
                "Met de journal en de controlepunten van de ledger kan een auditor buiten de ledger nagaan dat de "
                        + "gebeurtenissen waarop dit overzicht rust sindsdien niet zijn gewijzigd.",
                witnessing(checkpoint), COVERAGE);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
