package nl.overheid.ailedger.report;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as a printable web page: semantic HTML in Dutch, a table per section, a print stylesheet, and
 * markup that is also well-formed XML (polyglot), so that it can be checked with any XML parser. Every text
 * from the ledger is escaped.
 */
@Component
class HtmlReportRenderer implements ReportRenderer {

    private static final int STATUS_COLUMN = ReportWording.COLUMNS.indexOf("Status");
    private static final String STYLE = """
            body { font-family: "Rijksoverheid Sans", Verdana, Arial, sans-serif; color: #1a1a1a;
                   line-height: 1.4; max-width: 80rem; margin: 2rem auto; padding: 0 1rem; }
            h1 { color: #154273; font-size: 1.6rem; }
            h2 { color: #154273; font-size: 1.25rem; margin-top: 2rem; border-bottom: 2px solid #154273; }
            h3 { color: #154273; font-size: 1.05rem; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.85em; }
            th, td { border: 1px solid #b4b4b4; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
                     overflow-wrap: break-word; hyphens: auto; }
            thead th { background: #e6ecf2; }
            td.aantal { text-align: right; }
            table.toezeggingen { table-layout: fixed; }
            table.toezeggingen th:nth-child(1) { width: 10%; }
            table.toezeggingen th:nth-child(2) { width: 17%; }
            table.toezeggingen th:nth-child(3) { width: 10%; }
            table.toezeggingen th:nth-child(4) { width: 12%; }
            table.toezeggingen th:nth-child(5) { width: 8%; }
            table.toezeggingen th:nth-child(6) { width: 15%; }
            table.toezeggingen th:nth-child(7) { width: 17%; }
            table.toezeggingen th:nth-child(8) { width: 11%; }
            tr.te-laat td { background: #fbeaea; }
            tr.te-laat .status { color: #a90061; font-weight: bold; }
            dt { font-weight: bold; }
            dd { margin: 0 0 0.5em 1.5em; }
            .meta { color: #444; margin: 0.2em 0; }
            @media print {
              @page { size: A4 landscape; margin: 15mm; }
              html { font-size: 8.5pt; }
              body { max-width: none; margin: 0; padding: 0; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              tr.te-laat td { background: none; }
              #technische-bijlage { break-before: page; }
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
                .append("<p class=\"meta\">").append(escape(ReportWording.dossier(report.dossier()))).append("</p>\n")
                .append("<p class=\"meta\">").append(escape(ReportWording.addressee(report.addressee())))
                .append("</p>\n")
                .append("<p class=\"meta\"><time datetime=\"").append(report.asOf()).append("\">")
                .append(escape(ReportWording.asOf(report.asOf()))).append("</time></p>\n</header>\n<main>\n")
                .append("<section id=\"samenvatting\">\n<h2>").append(ReportWording.SUMMARY).append("</h2>\n<p>")
                .append(escape(ReportWording.totals(report.totals()))).append("</p>\n</section>\n");
        legend(html, report.totals());
        report.sections().forEach(section -> section(html, section));
        if (report.monitor() != null) {
            monitor(html, report.monitor());
        }
        rules(html, report.rules());
        html.append("<section id=\"technische-bijlage\">\n<h2>").append(escape(ReportWording.ANNEX)).append("</h2>\n");
        ReportWording.annex(report.asOf(), report.checkpoint())
                .forEach(line -> html.append("<p>").append(escape(line)).append("</p>\n"));
        return html.append("</section>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void legend(StringBuilder html, KamerReport.Totals totals) {
        html.append("<section id=\"leeswijzer\">\n<h2>").append(ReportWording.LEGEND).append("</h2>\n<dl>\n");
        ReportWording.legend(totals).forEach(term -> html.append("<dt>").append(escape(term.get(0))).append("</dt><dd>")
                .append(escape(term.get(1))).append("</dd>\n"));
        html.append("</dl>\n</section>\n");
    }

    private static void section(StringBuilder html, KamerReport.Section section) {
        String id = section.actionLine() == null ? "zonder-actielijn"
                : section.actionLine().name().toLowerCase(Locale.ROOT).replace('_', '-');
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(section.label())).append("</h2>\n");
        if (section.commitments().isEmpty()) {
            html.append("<p>").append(ReportWording.NO_COMMITMENTS).append("</p>\n</section>\n");
            return;
        }
        html.append("<table class=\"toezeggingen\">\n");
        header(html, ReportWording.COLUMNS);
        html.append("<tbody>\n");
        for (KamerReport.ReportedCommitment commitment : section.commitments()) {
            html.append("<tr data-id=\"").append(escape(commitment.id())).append("\"")
                    .append(commitment.overdue() ? " class=\"te-laat\">" : ">");
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
        html.append("<section id=\"monitor\">\n<h2>").append(ReportWording.MONITOR).append("</h2>\n<p>")
                .append(escape(ReportWording.monitor(monitor.applications()))).append("</p>\n");
        counts(html, ReportWording.PHASE_COLUMNS, monitor.byPhase());
        html.append("<h3>").append(escape(ReportWording.COMPLIANCE)).append("</h3>\n");
        counts(html, ReportWording.COMPLIANCE_COLUMNS, monitor.compliance());
        html.append("</section>\n");
    }

    private static void rules(StringBuilder html, List<KamerReport.PolicyRule> rules) {
        html.append("<section id=\"regels\">\n<h2>").append(escape(ReportWording.RULES)).append("</h2>\n<p>")
                .append(escape(ReportWording.RULES_INTRO)).append("</p>\n<table>\n");
        header(html, ReportWording.RULE_COLUMNS);
        html.append("<tbody>\n");
        rules.forEach(rule -> {
            html.append("<tr data-rule=\"").append(escape(rule.rule())).append("\">");
            ReportWording.cells(rule).forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        });
        html.append("</tbody>\n</table>\n</section>\n");
    }

    /** A table of counts: label, number and, where the header has a third column, what the label means. */
    private static void counts(StringBuilder html, List<String> columns, List<KamerReport.Count> counts) {
        html.append("<table>\n");
        header(html, columns);
        html.append("<tbody>\n");
        counts.forEach(count -> {
            html.append("<tr><td>").append(escape(count.label())).append("</td><td class=\"aantal\">")
                    .append(count.count()).append("</td>");
            if (columns.size() > 2) {
                html.append("<td>").append(escape(count.meaning())).append("</td>");
            }
            html.append("</tr>\n");
        });
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
