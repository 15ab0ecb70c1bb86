package nl.overheid.ailedger.application;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ExceptionGrant;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;

/**
 * A registration as posted. {@code organisationId} is for admins only: an organisation registers its own.
 * {@code exceptions}: exceptions to rules granted for it from the start, where a rule in force allows them.
 */
record RegisterApplicationRequest(
        @Pattern(regexp = FieldLimits.CLIENT_UUID,
                message = "must be a lowercase UUID that is not name-based (version 3 or 5 are the import's)") String id,
        @Pattern(regexp = OrganisationIds.PATTERN, message = "must be an OIN or a slug") String organisationId,
        @NotBlank @Size(max = FieldLimits.NAME) String name,
        @Size(max = FieldLimits.TEXT) String purpose,
        @NotNull Phase phase,
        @NotNull Boolean generativeAi,
        @Valid ModelRequest model,
        Hosting hosting,
        @NotNull Procurement procurement,
        @NotNull Boolean personalData,
        @NotNull Boolean sensitiveData,
        @NotNull AiActRiskClass aiActRiskClass,
        @Size(max = 64) String lars,
        @Size(max = 6) List<@Valid @NotNull ExceptionRequest> exceptions,
        @NotNull Instant occurredAt) {

    ApplicationDetails details() {
        return new ApplicationDetails(name, purpose, generativeAi, model == null ? null : model.toModel(), hosting,
                procurement, personalData, sensitiveData, aiActRiskClass, lars, null);
    }

    List<ExceptionGrant> exceptionGrants() {
        return exceptions == null ? List.of() : exceptions.stream().map(ExceptionRequest::toGrant).toList();
    }
}
