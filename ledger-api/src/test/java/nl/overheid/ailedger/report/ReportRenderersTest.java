package nl.overheid.ailedger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.web.CheckpointView;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The renderers on a report whose monitor and checkpoint are known, which the HTTP tests cannot produce yet. */
class ReportRenderersTest {

    private static final String ROOT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final KamerReport.PolicyRule R2 = new KamerReport.PolicyRule("R2", "STANDPUNT",
            "De juiste rollen betrokken", "Overheidsbreed standpunt inzet generatieve AI",
            "De juiste rollen zijn betrokken", "Beslisnota, 5 maart 2025", "2025-03-05-beslisnota.txt",
            "De bronnen noemen geen rollen.");
    private static final KamerReport.PolicyRule HOUSE_RULE = new KamerReport.PolicyRule("R2", "HUISREGEL",
            "CISO bij gevoelige gegevens", "Huisregels", null, null, null, null);

    private static KamerReport report() {
        return report("Modellen lokaal", List.of("Six Dijkstra"));
    }

    /** The report with one motie of this title and these submitters. */
    private static KamerReport report(String title, List<String> submitters) {
        List<KamerReport.Count> byPhase = List.of(new KamerReport.Count("EXPLORATION", "Verkenning", null, 3),
                new KamerReport.Count("PRODUCTION", "In gebruik", null, 7),
                new KamerReport.Count("SOMETHING_NEW", "SOMETHING_NEW", null, 1));
        List<KamerReport.Count> compliance = Arrays.stream(ComplianceStatus.values())
                .filter(status -> status != ComplianceStatus.NOT_APPLICABLE)
                .map(status -> new KamerReport.Count(status.name(), status.label(), status.meaning(),
                        status == ComplianceStatus.UNKNOWN ? 4 : 1))
                .toList();
        List<KamerReport.Count> byKind = Arrays.stream(CommitmentKind.values())
                .map(kind -> new KamerReport.Count(kind.name(), kind.label(), null, kind == CommitmentKind.MOTIE ? 1 : 0))
                .toList();
        List<KamerReport.Count> byStatus = Arrays.stream(CommitmentStatus.values())
                .map(status -> new KamerReport.Count(status.name(), status.label(), status.meaning(),
                        status == CommitmentStatus.OPENSTAAND ? 1 : 0))
                .toList();
        KamerReport.ReportedCommitment motie = new KamerReport.ReportedCommitment("motie-26643-1293",
                CommitmentKind.MOTIE, "Motie", new Kamerstuk("2024-2025", "26 643", "1293"),
                "Kamerstuk 2024–2025, 26 643, nr. 1293", title, submitters, null,
                PartialDate.parse("2025-03-05"), null, "Ministerie van BZK", CommitmentStatus.OPENSTAAND, "Openstaand",
                null, false, null, new KamerReport.LastProgress(PartialDate.parse("2025"), "Wordt onderzocht", null),
                List.of("2025-kamerbrief-overheidsbreed-standpunt.txt"));
        List<KamerReport.Section> sections = Stream.concat(Arrays.stream(ActionLine.values())
                        .map(line -> new KamerReport.Section(line, line.label(), List.of())),
                Stream.of(new KamerReport.Section(null, ReportWording.NO_ACTION_LINE, List.of(motie))))
                .toList();
        return new KamerReport(ReportWording.TITLE, new KamerReport.Dossier("26 643", ReportWording.DOSSIER_TITLE),
                ReportWording.ADDRESSEE, Instant.parse("2025-07-01T10:00:00Z"),
                new KamerReport.Totals(1, byKind, byStatus, 0), sections, new MonitorSummary(11, byPhase, compliance),
                List.of(R2, HOUSE_RULE), new CheckpointView(42, ROOT_HASH, false));
    }

    @Test
    void markdownStatesWhatNoSourceGivesAndPutsTheCheckpointInTheAnnexAtTheEnd() {
        String markdown = new MarkdownReportRenderer().render(report());
        assertThat(markdown).contains("Peilmoment: 1 juli 2025 om 12:00 (2025-07-01T10:00:00Z)")
                .contains("In totaal 1 moties, toezeggingen en acties: 1 moties, 0 toezeggingen en 0 acties uit de "
                        + "visie. Stand: 1 openstaand, 0 deels voldaan, 0 voldaan en 0 vervallen; bij 0 is de termijn "
                        + "verstreken.")
                .contains("| Kamerstukken 2024/25, 26 643, nr. 1293 | Motie van het lid Six Dijkstra: Modellen lokaal | "
                        + "Aangenomen: niet vermeld in de bronnen (voor het eerst genoemd in een bron van 5 maart 2025) "
                        + "| Bewindspersoon niet vermeld in de bronnen (Ministerie van BZK) | Openstaand | Verwachte "
                        + "afdoening: niet vermeld in de bronnen | 2025: Wordt onderzocht | "
                        + "2025-kamerbrief-overheidsbreed-standpunt.txt |")
                .contains("| Verkenning | 3 |").contains("| SOMETHING\\_NEW | 1 |")
                .contains("| Onbekend | 4 | " + ComplianceStatus.UNKNOWN.meaning() + " |")
                .contains("## Regels waarop het oordeel rust")
                .contains("| R2: De juiste rollen betrokken | Standpunt | Overheidsbreed standpunt inzet generatieve AI | "
                        + "„De juiste rollen zijn betrokken” (Beslisnota, 5 maart 2025; 2025-03-05-beslisnota.txt) | "
                        + "De bronnen noemen geen rollen. |")
                .contains("| R2: CISO bij gevoelige gegevens | Huisregel | Huisregels | Geen: een huisregel | — |")
                .endsWith("## Technische bijlage: integriteit\n\n"
                        + "Dit overzicht is opgesteld uit de ledger zoals die op het peilmoment (2025-07-01T10:00:00Z) "
                        + "bekend was.\n\nHet laatste ondertekende controlepunt van dat moment: boomgrootte 42, "
                        + "wortelhash " + ROOT_HASH + ", niet medeondertekend door getuigen.\n\nMet de journal en de "
                        + "controlepunten van de ledger kan een auditor buiten de ledger nagaan dat de gebeurtenissen "
                        + "waarop dit overzicht rust sindsdien niet zijn gewijzigd.\n\nDit controlepunt is niet door "
                        + "een quorum van onafhankelijke getuigen medeondertekend: dat de gebeurtenissen niet zijn "
                        + "herschreven, berust alleen op de sleutel van wie de ledger beheert.\n\n"
                        + ReportWording.COVERAGE + "\n\n");
        assertThat(markdown.indexOf(ROOT_HASH)).isGreaterThan(markdown.indexOf("## Monitor AI-toepassingen"));
    }

    @Test
    void htmlShowsTheMonitorWithMeaningsAndStaysWellFormed() {
        Document page = Xml.parse(new HtmlReportRenderer().render(report()));
        assertThat(Xml.texts(page, "h2")).containsSubsequence("Monitor AI-toepassingen",
                "Regels waarop het oordeel rust", "Technische bijlage: integriteit");
        assertThat(Xml.texts(page, "td")).containsSequence("R2: De juiste rollen betrokken", "Standpunt",
                "Overheidsbreed standpunt inzet generatieve AI");
        assertThat(Xml.texts(page, "td")).containsSequence("Verkenning", "3")
                .containsSequence("Onbekend", "4", ComplianceStatus.UNKNOWN.meaning());
        assertThat(Xml.texts(page, "p")).contains("Het laatste ondertekende controlepunt van dat moment: boomgrootte 42, "
                + "wortelhash " + ROOT_HASH + ", niet medeondertekend door getuigen.");
        assertThat(Xml.texts(page, "p")).filteredOn(ReportWording.NO_COMMITMENTS::equals).hasSize(6);
    }

    @Test
    void csvNamesTheMomentAndTheCheckpointOnEveryRowAndLeavesUnknownDatesEmpty() {
        List<List<String>> records = Csv.parse(new CsvReportRenderer().render(report()).substring(1));
        assertThat(records).hasSize(2);
        List<String> row = records.get(1);
        assertThat(row.get(0)).isEqualTo(ReportWording.NO_ACTION_LINE);
        assertThat(row.get(7)).as("no adoption date").isEmpty();
        assertThat(row.get(10)).as("no due date").isEmpty();
        assertThat(row.get(14)).isEqualTo("2025");
        assertThat(row.get(16)).isEqualTo("2025-07-01T10:00:00Z");
        assertThat(row.get(17)).isEqualTo("boomgrootte 42, wortelhash " + ROOT_HASH
                + ", niet medeondertekend door getuigen");
    }

    @Test
    void textFromTheLedgerStaysTextInMarkdownAndInASpreadsheet() {
        assertThat(new MarkdownReportRenderer().render(report("~~doorgehaald~~", List.of("Six Dijkstra"))))
                .contains("Motie van het lid Six Dijkstra: \\~\\~doorgehaald\\~\\~ |");
        for (String formula : new String[] {"=1+1", " =1+1", "\u00a0@SUM(A1)", " \t-2+3", "\t+1"}) {
            List<String> row = Csv.parse(new CsvReportRenderer().render(report(formula, List.of("Six Dijkstra")))
                    .substring(1)).get(1);
            assertThat(row.get(4)).as(formula).isEqualTo("'" + formula);
        }
    }
}
