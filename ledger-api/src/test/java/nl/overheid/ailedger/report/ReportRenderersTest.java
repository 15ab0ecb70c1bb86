package nl.overheid.ailedger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.projections.sealing.CheckpointRef;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The renderers on a report whose monitor and checkpoint are known, which the HTTP tests cannot produce yet. */
class ReportRenderersTest {

    private static final String ROOT_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static KamerReport report() {
        Map<String, Long> byPhase = new LinkedHashMap<>();
        byPhase.put("EXPLORATION", 3L);
        byPhase.put("PRODUCTION", 7L);
        byPhase.put("SOMETHING_NEW", 1L);
        Map<CommitmentStatus, Long> byStatus = new EnumMap<>(CommitmentStatus.class);
        Arrays.stream(CommitmentStatus.values()).forEach(status -> byStatus.put(status, 0L));
        byStatus.put(CommitmentStatus.DEELS_VOLDAAN, 1L);
        KamerReport.ReportedCommitment motie = new KamerReport.ReportedCommitment("motie-26643-1293",
                CommitmentKind.MOTIE, "Motie", "Kamerstuk 26 643, nr. 1293", "Modellen lokaal", List.of("Six Dijkstra"),
                "Ministerie van BZK", CommitmentStatus.DEELS_VOLDAAN, "Deels voldaan", PartialDate.parse("2025-06-30"),
                true, new KamerReport.LastProgress(Instant.parse("2025-04-16T11:00:00Z"), "Aangemoedigd", null));
        List<KamerReport.ActionLineSection> sections = Arrays.stream(ActionLine.values())
                .map(line -> new KamerReport.ActionLineSection(line, ReportWording.actionLine(line),
                        line == ActionLine.INNOVEREN ? List.of(motie) : List.of()))
                .toList();
        return new KamerReport(ReportWording.TITLE, Instant.parse("2025-07-01T10:00:00Z"),
                new CheckpointRef(42, ROOT_HASH), new MonitorSummary(11, byPhase, Map.of("COMPLIANT", 5L)),
                new KamerReport.Totals(1, byStatus, 1), sections);
    }

    @Test
    void markdownShowsTheMonitorAndTheCheckpoint() {
        String markdown = new MarkdownReportRenderer().render(report());
        assertThat(markdown).contains("Controlepunt: boomgrootte 42, wortelhash " + ROOT_HASH)
                .contains("Peilmoment: 1 juli 2025 om 12:00 (2025-07-01T10:00:00Z)")
                .contains("## Monitor AI-toepassingen")
                .contains("Monitor AI-toepassingen op het peilmoment: 11 toepassingen.")
                .contains("| Verkenning | 3 |").contains("| In gebruik | 7 |").contains("| SOMETHING\\_NEW | 1 |")
                .contains("| Voldoet | 5 |")
                .contains("In totaal 1 moties en toezeggingen: 0 openstaand, 1 deels voldaan, 0 voldaan, "
                        + "0 vervallen; 1 te laat.")
                .contains("| Deels voldaan (te laat) | 30 juni 2025 | 16 april 2025: Aangemoedigd |");
    }

    @Test
    void htmlShowsTheMonitorAndTheCheckpointAndStaysWellFormed() {
        Document page = Xml.parse(new HtmlReportRenderer().render(report()));
        assertThat(Xml.texts(page, "h2")).contains("Monitor AI-toepassingen");
        assertThat(Xml.texts(page, "td")).containsSequence("Verkenning", "3").containsSequence("Voldoet", "5");
        assertThat(Xml.texts(page, "p")).contains("Controlepunt: boomgrootte 42, wortelhash " + ROOT_HASH);
        assertThat(Xml.texts(page, "p")).filteredOn(ReportWording.NO_COMMITMENTS::equals).hasSize(5);
    }

    @Test
    void csvNamesTheCheckpointOnEveryRow() {
        List<List<String>> records = Csv.parse(new CsvReportRenderer().render(report()).substring(1));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(13)).isEqualTo("Controlepunt: boomgrootte 42, wortelhash " + ROOT_HASH);
        assertThat(records.get(1).get(12)).isEqualTo("2025-07-01T10:00:00Z");
    }
}
