package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the report to the Kamer gets the monitor's figures. The monitor read model implements it; until then the
 * default answers empty and the report leaves its monitor section out.
 */
public interface MonitorSummarySource {

    Optional<MonitorSummary> summaryAt(Instant asOf);
}
