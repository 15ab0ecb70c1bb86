package nl.overheid.ailedger.commitment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.application.FieldLimits;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentIds;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.web.InvalidRequestException;

/**
 * A motie or toezegging as an admin registers it. {@code submitters} are the members who submitted the motie,
 * or to whom the toezegging was made; a motie has at least one.
 */
record RegisterCommitmentRequest(
        @NotNull @Pattern(regexp = CommitmentIds.PATTERN, message = "must be a slug of 3 to 64 characters a-z, 0-9, -")
        String id,
        @NotNull CommitmentKind kind,
        @NotBlank @Size(max = FieldLimits.REFERENCE) String reference,
        @NotBlank @Size(max = FieldLimits.TEXT) String title,
        @Size(max = 50) List<@NotBlank @Size(max = FieldLimits.NAME) String> submitters,
        @NotNull LocalDate adoptedOn,
        @NotNull LocalDate dueDate,
        @NotNull @Pattern(regexp = OrganisationIds.PATTERN, message = "must be an OIN (20 digits) or a slug")
        String responsibleOrganisationId,
        @NotNull ActionLine actionLine) {

    /** The checks that need more than one field, or today's date. */
    RegisterCommitment toCommand(LocalDate today) {
        if (adoptedOn.isAfter(today)) {
            throw new InvalidRequestException("adoptedOn", "lies in the future");
        }
        if (dueDate.isBefore(adoptedOn)) {
            throw new InvalidRequestException("dueDate", "precedes adoptedOn " + adoptedOn);
        }
        List<String> names = submitters == null ? List.of() : submitters;
        if (kind == CommitmentKind.MOTIE && names.isEmpty()) {
            throw new InvalidRequestException("submitters", "a motie has at least one submitter");
        }
        return new RegisterCommitment(id, kind, reference, title, names, adoptedOn, dueDate,
                responsibleOrganisationId, actionLine);
    }
}
