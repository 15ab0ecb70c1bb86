package nl.overheid.ailedger.commitment;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;

/**
 * A commitment as known at one moment of transaction time and true at one of valid time: what its sources say of
 * it (null where they are silent), its status in the Kamer's vocabulary, whether it is overdue then, the document
 * that settled it, its timeline and the applications linked to it.
 *
 * @param adoptedOn    when a motie was adopted, a toezegging made or an action announced; null when no source says
 * @param firstNamedOn where {@code adoptedOn} is null: the date of the earliest source that names it, from which the
 *                     ledger counts it as existing; never an adoption date
 * @param overdue      open past a due date; never without one
 * @param fulfilledBy  the Kamerstuk or letter it was settled with ("afgedaan met"), once it is VOLDAAN
 * @param fulfilledOn  the date of that settlement, as precise as its source gives it
 */
public record CommitmentView(
        String id,
        CommitmentKind kind,
        String reference,
        Kamerstuk kamerstuk,
        String title,
        List<String> submitters,
        PartialDate adoptedOn,
        PartialDate firstNamedOn,
        PartialDate dueDate,
        String responsibleOrganisationId,
        String responsibleMinister,
        ActionLine actionLine,
        List<String> sources,
        CommitmentStatus status,
        boolean overdue,
        String fulfilledBy,
        PartialDate fulfilledOn,
        List<TimelineEntry> progress,
        List<LinkedApplication> linkedApplications,
        long version,
        Instant lastRecordedAt) {

    /**
     * One event of the commitment, oldest occurrence first. {@code occurredOn} is its date as precise as it is
     * known: the date its source gives, or the UTC day of {@code occurredAt}. {@code summary} is the text of a
     * progress report, partial fulfilment, due-date change or withdrawal; {@code reference} the document it cites.
     */
    public record TimelineEntry(
            long sequence,
            String eventId,
            String type,
            Instant occurredAt,
            PartialDate occurredOn,
            Instant recordedAt,
            String summary,
            String reference,
            String applicationId,
            PartialDate dueDate) {
    }

    /** A linked application with its phase at the moment asked about; name and phase are null if not known then. */
    public record LinkedApplication(String id, String name, String organisationId, Phase phase) {
    }
}
