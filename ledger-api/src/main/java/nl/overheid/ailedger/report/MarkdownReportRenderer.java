package nl.overheid.ailedger.report;

import static nl.overheid.ailedger.text.Markdown.heading;
import static nl.overheid.ailedger.text.Markdown.text;

import java.util.List;
import java.util.Set;

import nl.overheid.ailedger.text.Markdown;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as Markdown: a {@code #} title with the dossier, the addressee and the moment; a summary and a
 * legend; a {@code ##} heading and a table per section; the monitor and the rules it judges by; the technical
 * annex last.
 */
@Component
class MarkdownReportRenderer implements ReportRenderer {

    @Override
    public MediaType mediaType() {
        return MediaType.parseMediaType(Markdown.MEDIA_TYPE);
    }

    @Override
    public String render(KamerReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(report.title())).append("\n\n")
                .append(text(ReportWording.dossier(report.dossier()))).append("  \n")
                .append(text(ReportWording.addressee(report.addressee()))).append("  \n")
                .append(text(ReportWording.asOf(report.asOf()))).append("\n\n");
        heading(md, ReportWording.SUMMARY).append(text(ReportWording.totals(report.totals()))).append("\n\n");
        heading(md, ReportWording.LEGEND);
        ReportWording.legend(report.totals()).forEach(term -> md.append("- **").append(text(term.get(0)))
                .append("**: ").append(text(term.get(1))).append('\n'));
        md.append('\n');
        for (KamerReport.Section section : report.sections()) {
            heading(md, section.label());
            if (section.commitments().isEmpty()) {
                md.append(ReportWording.NO_COMMITMENTS).append("\n\n");
                continue;
            }
            table(md, ReportWording.COLUMNS, section.commitments().stream().map(ReportWording::cells).toList());
        }
        if (report.monitor() != null) {
            monitor(md, report.monitor());
        }
        heading(md, ReportWording.RULES).append(text(ReportWording.RULES_INTRO)).append("\n\n");
        table(md, ReportWording.RULE_COLUMNS, report.rules().stream().map(ReportWording::cells).toList());
        heading(md, ReportWording.ANNEX);
        ReportWording.annex(report.asOf(), report.checkpoint()).forEach(line -> md.append(text(line)).append("\n\n"));
        return md.toString();
    }

    private static void monitor(StringBuilder md, MonitorSummary monitor) {
        heading(md, ReportWording.MONITOR).append(text(ReportWording.monitor(monitor.applications()))).append("\n\n");
        table(md, ReportWording.PHASE_COLUMNS, monitor.byPhase().stream()
                .map(count -> List.of(count.label(), Long.toString(count.count()))).toList());
        md.append("### ").append(text(ReportWording.COMPLIANCE)).append("\n\n");
        table(md, ReportWording.COMPLIANCE_COLUMNS, monitor.compliance().stream()
                .map(count -> List.of(count.label(), Long.toString(count.count()), count.meaning())).toList());
    }

    private static void table(StringBuilder md, List<String> header, List<List<String>> rows) {
        Markdown.table(md, header, rows, Set.of(ReportWording.COUNT));
    }
}
