package nl.overheid.ailedger.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as a printable web page: semantic HTML in Dutch, a table per action line, a print stylesheet, and
 * markup that is also well-formed XML (polyglot), so that it can be checked with any XML parser. Every text
 * from the ledger is escaped.
 */
@Component
class HtmlReportRenderer implements ReportRenderer {

    private static final int STATUS_COLUMN = ReportWording.COLUMNS.indexOf("Status");
    private static final String STYLE = """
            body { font-family: "Rijksoverheid Sans", Verdana, Arial, sans-serif; color: #1a1a1a;
                   line-height: 1.4; max-width: 75rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { color: #154273; font-size: 1.6rem; }
            h2 { color: #154273; font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #154273; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9em; }
            th, td { border: 1px solid #b4b4b4; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
                     overflow-wrap: break-word; hyphens: auto; }
            thead th { background: #e6ecf2; }
            td.aantal { text-align: right; }
            table.toezeggingen { table-layout: fixed; }
            table.toezeggingen th:nth-child(1) { width: 7%; }
            table.toezeggingen th:nth-child(2) { width: 14%; }
            table.toezeggingen th:nth-child(3) { width: 16%; }
            table.toezeggingen th:nth-child(4) { width: 10%; }
            table.toezeggingen th:nth-child(5) { width: 13%; }
            table.toezeggingen th:nth-child(6) { width: 9%; }
            table.toezeggingen th:nth-child(7) { width: 8%; }
            table.toezeggingen th:nth-child(8) { width: 23%; }
            tr.te-laat td { background: #fbeaea; }
            tr.te-laat .status { color: #a90061; font-weight: bold; }
            .meta { color: #444; }
            @media print {
              @page { size: A4 landscape; margin: 15mm; }
              html { font-size: 9pt; }
              body { max-width: none; margin: 0; padding: 0; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              tr.te-laat td { background: none; }
            }
            """;

    @Override
    public MediaType mediaType() {
        return MediaType.TEXT_HTML;
    }

    @Override
    public String render(KamerReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\" xml:lang=\"nl\">\n<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(escape(report.title())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>").append(escape(report.title())).append("</h1>\n")
                .append("<p class=\"meta\"><time datetime=\"").append(report.asOf()).append("\">")
                .append(escape(ReportWording.asOf(report.asOf()))).append("</time></p>\n")
                .append("<p class=\"meta\">").append(escape(ReportWording.checkpoint(report.checkpoint())))
                .append("</p>\n</header>\n<main>\n")
                .append("<section>\n<h2>").append(ReportWording.SUMMARY).append("</h2>\n<p>")
                .append(escape(ReportWording.totals(report.totals()))).append("</p>\n</section>\n");
        if (report.monitor() != null) {
            monitor(html, report.monitor());
        }
        report.actionLines().forEach(section -> section(html, section));
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder html, KamerReport.ActionLineSection section) {
        html.append("<section id=\"").append(section.actionLine().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\">\n<h2>").append(escape(section.label())).append("</h2>\n");
        if (section.commitments().isEmpty()) {
            html.append("<p>").append(ReportWording.NO_COMMITMENTS).append("</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"toezeggingen\">\n");
        header(html, ReportWording.COLUMNS);
        html.append("<tbody>\n");
        for (KamerReport.ReportedCommitment commitment : section.commitments()) {
            html.append(commitment.overdue() ? "<tr class=\"te-laat\">" : "<tr>");
            List<String> cells = ReportWording.cells(commitment);
            for (int i = 0; i < cells.size(); i++) {
                html.append(i == STATUS_COLUMN ? "<td class=\"status\">" : "<td>").append(escape(cells.get(i)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void monitor(StringBuilder html, MonitorSummary monitor) {
        html.append("<section>\n<h2>").append(ReportWording.MONITOR).append("</h2>\n<p>")
                .append(escape(ReportWording.monitor(monitor.applications()))).append("</p>\n");
        counts(html, "Fase", monitor.byPhase(), ReportWording::phase);
        counts(html, "Naleving", monitor.compliance(), ReportWording::compliance);
        html.append("</section>\n");
    }

    private static void counts(StringBuilder html, String heading, Map<String, Long> counts,
                               UnaryOperator<String> label) {
        html.append("<table>\n");
        header(html, List.of(heading, "Aantal"));
        html.append("<tbody>\n");
        counts.forEach((key, count) -> html.append("<tr><td>").append(escape(label.apply(key)))
                .append("</td><td class=\"aantal\">").append(count).append("</td></tr>\n"));
        html.append("</tbody>\n</table>\n");
    }

    private static void header(StringBuilder html, List<String> columns) {
        html.append("<thead>\n<tr>");
        columns.forEach(column -> html.append("<th scope=\"col\">").append(escape(column)).append("</th>"));
        html.append("</tr>\n</thead>\n");
    }

    /** Text and attribute values, escaped for HTML and XML alike (no named entities beyond XML's own). */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(isXmlChar(c) ? c : '\uFFFD');
            }
        }
        return escaped.toString();
    }

    /** Control characters other than tab and line ends are not allowed in XML, even as references. */
    private static boolean isXmlChar(char c) {
        return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    }
}
