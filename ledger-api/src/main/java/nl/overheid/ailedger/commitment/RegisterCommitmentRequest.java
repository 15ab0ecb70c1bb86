package nl.overheid.ailedger.commitment;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.application.FieldLimits;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentIds;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.web.InvalidRequestException;

/**
 * A motie, toezegging or action as an admin registers it, with what its sources say and nothing more: a field the
 * sources are silent on is left out (or null). {@code submitters} are the members who submitted the motie, or to whom
 * the toezegging was made; a motie has at least one. {@code adoptedOn} is when it was adopted, made or announced;
 * where no source says, {@code firstNamedOn} is the date of the earliest source that names it.
 */
record RegisterCommitmentRequest(
        @NotNull @Pattern(regexp = CommitmentIds.PATTERN, message = "must be a slug of 3 to 64 characters a-z, 0-9, -")
        String id,
        @NotNull CommitmentKind kind,
        @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = FieldLimits.REFERENCE) String reference,
        Kamerstuk kamerstuk,
        @NotBlank @Size(max = FieldLimits.TEXT) String title,
        @Size(max = 50) List<@NotBlank @Size(max = FieldLimits.NAME) String> submitters,
        PartialDate adoptedOn,
        PartialDate firstNamedOn,
        PartialDate dueDate,
        @NotNull @Pattern(regexp = OrganisationIds.PATTERN, message = "must be an OIN (20 digits) or a slug")
        String responsibleOrganisationId,
        @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = FieldLimits.REFERENCE)
        String responsibleMinister,
        ActionLine actionLine,
        @Size(max = 20) List<@NotBlank @Size(max = FieldLimits.REFERENCE) String> sources) {

    /** Optional text that, when given, holds more than white space. */
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    /** The checks that need more than one field, or the current moment. */
    RegisterCommitment toCommand(Instant now) {
        if (adoptedOn == null && firstNamedOn == null) {
            throw new InvalidRequestException("adoptedOn", "is required; where no source says when it was adopted or "
                    + "made, give firstNamedOn instead");
        }
        if (adoptedOn != null && firstNamedOn != null) {
            throw new InvalidRequestException("firstNamedOn", "is only for a commitment whose adoptedOn is unknown");
        }
        String dated = adoptedOn != null ? "adoptedOn" : "firstNamedOn";
        PartialDate existsFrom = adoptedOn != null ? adoptedOn : firstNamedOn;
        if (existsFrom.certainFrom().isAfter(now)) {
            throw new InvalidRequestException(dated, "lies in the future (a month or a year counts from its last day)");
        }
        if (dueDate != null && adoptedOn != null && dueDate.endsBefore(adoptedOn)) {
            throw new InvalidRequestException("dueDate", "precedes adoptedOn " + adoptedOn);
        }
        List<String> names = submitters == null ? List.of() : submitters;
        if (kind == CommitmentKind.MOTIE && names.isEmpty()) {
            throw new InvalidRequestException("submitters", "a motie has at least one submitter");
        }
        return new RegisterCommitment(id, kind, reference, kamerstuk, title, names, adoptedOn, firstNamedOn, dueDate,
                responsibleOrganisationId, responsibleMinister, actionLine, sources == null ? List.of() : sources);
    }
}
