package nl.overheid.ailedger.report;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The report as Markdown: a {@code #} title, a {@code ##} heading and a table per action line. */
@Component
class MarkdownReportRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "text/markdown";
    /** CommonMark punctuation that could start markup inside a paragraph or a table cell. */
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_\\[\\]<>|#!])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    @Override
    public MediaType mediaType() {
        return MediaType.parseMediaType(MEDIA_TYPE);
    }

    @Override
    public String render(KamerReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(report.title())).append("\n\n")
                .append(text(ReportWording.asOf(report.asOf()))).append("  \n")
                .append(text(ReportWording.checkpoint(report.checkpoint()))).append("\n\n")
                .append("## ").append(ReportWording.SUMMARY).append("\n\n")
                .append(text(ReportWording.totals(report.totals()))).append("\n\n");
        if (report.monitor() != null) {
            monitor(md, report.monitor());
        }
        for (KamerReport.ActionLineSection section : report.actionLines()) {
            md.append("## ").append(text(section.label())).append("\n\n");
            if (section.commitments().isEmpty()) {
                md.append(ReportWording.NO_COMMITMENTS).append("\n\n");
                continue;
            }
            row(md, ReportWording.COLUMNS);
            rawRow(md, ReportWording.COLUMNS.stream().map(column -> "---").toList());
            section.commitments().forEach(commitment -> row(md, ReportWording.cells(commitment)));
            md.append('\n');
        }
        return md.toString();
    }

    private static void monitor(StringBuilder md, MonitorSummary monitor) {
        md.append("## ").append(ReportWording.MONITOR).append("\n\n")
                .append(text(ReportWording.monitor(monitor.applications()))).append("\n\n");
        counts(md, "Fase", monitor.byPhase(), ReportWording::phase);
        counts(md, "Naleving", monitor.compliance(), ReportWording::compliance);
    }

    private static void counts(StringBuilder md, String heading, Map<String, Long> counts,
                               UnaryOperator<String> label) {
        row(md, List.of(heading, "Aantal"));
        rawRow(md, List.of("---", "---:"));
        counts.forEach((key, count) -> row(md, List.of(label.apply(key), Long.toString(count))));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        rawRow(md, cells.stream().map(MarkdownReportRenderer::text).toList());
    }

    /** A table row of cells that are Markdown already, such as the alignment row under the header. */
    private static void rawRow(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(cell).append(" |"));
        md.append('\n');
    }

    /** Text as Markdown shows it literally, on one line. */
    private static String text(String value) {
        String oneLine = LINE_BREAKS.matcher(value).replaceAll(" ");
        return MARKUP.matcher(oneLine).replaceAll("\\\\$1");
    }
}
