package nl.overheid.ailedger.report;

import java.util.ArrayList;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.text.Csv;
import nl.overheid.ailedger.text.Dutch;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as CSV for a spreadsheet ({@link Csv}): one row per commitment with the texts of the other formats and
 * its dates in ISO 8601 beside them (empty where no source gives one). The moment and the checkpoint are the last
 * columns, so that every row says where it comes from.
 */
@Component
class CsvReportRenderer implements ReportRenderer {

    static final List<String> HEADER = List.of("Onderdeel", "Soort", "Kenmerk", "Kamerstuk", "Onderwerp",
            "Indieners of toegezegd aan", "Datum", "Datum (ISO 8601)", "Verantwoordelijk", "Status",
            "Termijn (ISO 8601)", "Termijn verstreken", "Afdoening", "Laatste voortgang",
            "Datum laatste voortgang (ISO 8601)", "Bronnen", "Peilmoment", "Controlepunt");

    @Override
    public MediaType mediaType() {
        return MediaType.parseMediaType(Csv.MEDIA_TYPE);
    }

    @Override
    public String render(KamerReport report) {
        String asOf = report.asOf().toString();
        String checkpoint = Dutch.checkpoint(report.checkpoint());
        List<List<String>> rows = new ArrayList<>();
        for (KamerReport.Section section : report.sections()) {
            for (KamerReport.ReportedCommitment commitment : section.commitments()) {
                KamerReport.LastProgress progress = commitment.lastProgress();
                rows.add(List.of(section.label(), commitment.kindLabel(), commitment.id(),
                        ReportWording.kamerstuk(commitment), commitment.title(),
                        ReportWording.names(commitment.submitters()), ReportWording.date(commitment),
                        iso(commitment.adoptedOn()), ReportWording.responsible(commitment),
                        ReportWording.status(commitment), iso(commitment.dueDate()), commitment.overdue() ? "ja" : "nee",
                        ReportWording.settlement(commitment), ReportWording.lastProgress(progress),
                        progress == null ? "" : iso(progress.on()), ReportWording.sources(commitment), asOf,
                        checkpoint));
            }
        }
        return Csv.table(HEADER, rows);
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.toString();
    }
}
