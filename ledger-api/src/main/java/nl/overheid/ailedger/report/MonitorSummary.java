package nl.overheid.ailedger.report;

import java.util.Map;

/**
 * The monitor's headline figures on one moment, as the report to the Kamer cites them: the applications
 * counted, per phase and per compliance status (keys are the enum names of the monitor).
 */
public record MonitorSummary(long applications, Map<String, Long> byPhase, Map<String, Long> compliance) {
}
