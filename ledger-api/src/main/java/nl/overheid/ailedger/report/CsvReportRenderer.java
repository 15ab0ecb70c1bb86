package nl.overheid.ailedger.report;

import java.util.List;
import java.util.regex.Pattern;

import nl.overheid.ailedger.core.api.commitment.PartialDate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as CSV for a spreadsheet: UTF-8 with a byte order mark (so that Excel reads the accents), a header
 * row, one row per commitment with the texts of the other formats and its dates in ISO 8601 beside them (empty
 * where no source gives one), RFC 4180 quoting and CRLF line ends. The moment and the checkpoint are the last
 * columns, so that every row says where it comes from.
 */
@Component
class CsvReportRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "text/csv";
    static final List<String> HEADER = List.of("Onderdeel", "Soort", "Kenmerk", "Kamerstuk", "Onderwerp",
            "Indieners of toegezegd aan", "Datum", "Datum (ISO 8601)", "Verantwoordelijk", "Status",
            "Termijn (ISO 8601)", "Termijn verstreken", "Afdoening", "Laatste voortgang",
            "Datum laatste voortgang (ISO 8601)", "Bronnen", "Peilmoment", "Controlepunt");
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String CRLF = "\r\n";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    /**
     * A cell starting with one of these, also after white space, is a formula to a spreadsheet: such text is kept
     * text.
     */
    private static final Pattern FORMULA_START = Pattern.compile("^(?:[\\s\u00A0\u3000]*[=+\\-@]|[\t\r])");

    @Override
    public MediaType mediaType() {
        return MediaType.parseMediaType(MEDIA_TYPE);
    }

    @Override
    public String render(KamerReport report) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, HEADER);
        String asOf = report.asOf().toString();
        String checkpoint = ReportWording.checkpoint(report.checkpoint());
        for (KamerReport.Section section : report.sections()) {
            for (KamerReport.ReportedCommitment commitment : section.commitments()) {
                KamerReport.LastProgress progress = commitment.lastProgress();
                row(csv, List.of(section.label(), commitment.kindLabel(), commitment.id(),
                        ReportWording.kamerstuk(commitment), commitment.title(),
                        ReportWording.names(commitment.submitters()), ReportWording.date(commitment),
                        iso(commitment.adoptedOn()), ReportWording.responsible(commitment),
                        ReportWording.status(commitment), iso(commitment.dueDate()), commitment.overdue() ? "ja" : "nee",
                        ReportWording.settlement(commitment), ReportWording.lastProgress(progress),
                        progress == null ? "" : iso(progress.on()), ReportWording.sources(commitment), asOf,
                        checkpoint));
            }
        }
        return csv.toString();
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append(CRLF);
    }

    private static String cell(String value) {
        String text = FORMULA_START.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
