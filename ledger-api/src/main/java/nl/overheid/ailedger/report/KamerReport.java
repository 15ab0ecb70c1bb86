package nl.overheid.ailedger.report;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.web.CheckpointView;

/**
 * The progress report to the Kamer on the moties, toezeggingen and visie actions about generative AI, as the ledger
 * knew them at {@code asOf}: the annex of a voortgangsbrief on dossier 26 643. One model, rendered as JSON,
 * Markdown, CSV or HTML. {@code checkpoint} and {@code monitor} are null while their sources have nothing for that
 * moment; {@code rules} are the rules in force then. A fact that no source gave is null here; the renderers say
 * "niet vermeld in de bronnen".
 */
public record KamerReport(
        String title,
        Dossier dossier,
        String addressee,
        Instant asOf,
        Totals totals,
        List<Section> sections,
        MonitorSummary monitor,
        List<PolicyRule> rules,
        CheckpointView checkpoint) {

    /** The Kamer dossier the report belongs to. */
    public record Dossier(String number, String title) {
    }

    /** How many there are, per kind and per status (each status with its meaning), and how many are overdue. */
    public record Totals(int commitments, List<Count> byKind, List<Count> byStatus, long overdue) {
    }

    /** A number with the Dutch words for what it counts; {@code meaning} is null where the label says enough. */
    public record Count(String key, String label, String meaning, long count) {
    }

    /** The commitments of one actielijn of the visie, or of none ({@code actionLine} null), overdue ones first. */
    public record Section(ActionLine actionLine, String label, List<ReportedCommitment> commitments) {
    }

    /**
     * One motie, toezegging or action as the Kamer reads it.
     *
     * @param submitters   who submitted the motie, or to whom the toezegging was made
     * @param firstNamedOn where {@code adoptedOn} is unknown: the date of the earliest source that names it
     * @param closing      how it was settled ("afgedaan met") or why it lapsed; null while it is open
     */
    public record ReportedCommitment(
            String id,
            CommitmentKind kind,
            String kindLabel,
            Kamerstuk kamerstuk,
            String reference,
            String title,
            List<String> submitters,
            PartialDate adoptedOn,
            PartialDate firstNamedOn,
            String responsibleMinister,
            String responsibleOrganisation,
            CommitmentStatus status,
            String statusLabel,
            PartialDate dueDate,
            boolean overdue,
            Closing closing,
            LastProgress lastProgress,
            List<String> sources) {
    }

    /** A fulfilment (with the document that settled it) or a withdrawal (with its reason), dated as precisely as known. */
    public record Closing(CommitmentStatus status, PartialDate on, String reference, String reason) {
    }

    /**
     * A rule in force on the report's moment, on which the monitor's verdicts rest, with the passage of the policy
     * documents it rests on ({@code passage}, {@code reference}, {@code document} null for a house rule) and the
     * ledger's reading where the passage leaves room.
     */
    public record PolicyRule(String rule, String kind, String title, String ruleSet, String passage, String reference,
                             String document, String interpretation) {
    }

    /** The latest progress report or partial fulfilment; null when there was none. */
    public record LastProgress(PartialDate on, String summary, String reference) {
    }
}
