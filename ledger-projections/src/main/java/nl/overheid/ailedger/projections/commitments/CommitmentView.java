package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;

/**
 * A commitment as known at one moment of transaction time and true at one of valid time: its status in the
 * Kamer's vocabulary, whether it is overdue then, its timeline and the applications linked to it.
 */
public record CommitmentView(
        String id,
        CommitmentKind kind,
        String reference,
        String title,
        List<String> submitters,
        LocalDate adoptedOn,
        LocalDate dueDate,
        String responsibleOrganisationId,
        ActionLine actionLine,
        CommitmentStatus status,
        boolean overdue,
        List<TimelineEntry> progress,
        List<LinkedApplication> linkedApplications,
        long version,
        Instant lastRecordedAt) {

    /**
     * One event of the commitment, oldest occurrence first. {@code summary} is the text of a progress report,
     * partial fulfilment, due-date change or withdrawal; {@code reference} the document it cites.
     */
    public record TimelineEntry(
            long sequence,
            String eventId,
            String type,
            Instant occurredAt,
            Instant recordedAt,
            String summary,
            String reference,
            String applicationId,
            LocalDate dueDate) {
    }

    /** A linked application with its phase at the moment asked about; name and phase are null if not known then. */
    public record LinkedApplication(String id, String name, String organisationId, Phase phase) {
    }
}
