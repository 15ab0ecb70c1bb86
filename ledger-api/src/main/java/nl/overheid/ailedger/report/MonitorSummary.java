package nl.overheid.ailedger.report;

import java.util.List;

/**
 * The monitor's headline figures on one moment, as the report to the Kamer cites them: the applications counted,
 * per phase, and the compliance of generative-AI applications in use, each status with what it means.
 */
public record MonitorSummary(long applications, List<KamerReport.Count> byPhase, List<KamerReport.Count> compliance) {
}
