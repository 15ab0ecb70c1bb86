package nl.overheid.ailedger.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.projections.sealing.CheckpointRef;

/**
 * The progress report to the Kamer on the moties and toezeggingen about generative AI, as the ledger knew
 * them at {@code asOf}: one model, rendered as JSON, Markdown, CSV or HTML. {@code checkpoint} and
 * {@code monitor} are null while their sources have nothing for that moment.
 */
public record KamerReport(
        String title,
        Instant asOf,
        CheckpointRef checkpoint,
        MonitorSummary monitor,
        Totals totals,
        List<ActionLineSection> actionLines) {

    /** How many commitments there are, per status, and how many of them are overdue. */
    public record Totals(int commitments, Map<CommitmentStatus, Long> byStatus, long overdue) {
    }

    /** The commitments of one action line of the vision, overdue ones first. */
    public record ActionLineSection(ActionLine actionLine, String label, List<ReportedCommitment> commitments) {
    }

    public record ReportedCommitment(
            String id,
            CommitmentKind kind,
            String kindLabel,
            String reference,
            String title,
            List<String> submitters,
            String responsibleOrganisation,
            CommitmentStatus status,
            String statusLabel,
            PartialDate dueDate,
            boolean overdue,
            LastProgress lastProgress) {
    }

    /** The latest progress report, partial fulfilment, fulfilment or withdrawal; null when there was none. */
    public record LastProgress(Instant occurredAt, String summary, String reference) {
    }
}
