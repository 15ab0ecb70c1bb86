package nl.overheid.ailedger.credential;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.Credentials;
import nl.overheid.ailedger.security.LedgerPrincipal;
import nl.overheid.ailedger.web.InvalidRequestException;
import nl.overheid.ailedger.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Credentials for analysts, auditors, admins, and further tokens of an organisation; revocation. */
@RestController
@Tag(name = "Credentials")
@RequestMapping("/api/v1/credentials")
class CredentialController {

    private final Credentials credentials;
    private final RegisterQueries register;

    CredentialController(Credentials credentials, RegisterQueries register) {
        this.credentials = credentials;
        this.register = register;
    }

    @Operation(summary = "Issue a credential", description = "Issues a credential (admin); the token in the answer is the only copy.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedView> issue(@Valid @RequestBody CredentialRequest request,
                                     @AuthenticationPrincipal LedgerPrincipal caller) {
        boolean organisation = request.role() == CredentialRole.ORGANISATION;
        if (organisation != (request.organisationId() != null)) {
            throw new InvalidRequestException("organisationId", "is given for, and only for, role ORGANISATION");
        }
        if (organisation && register.organisations().stream().noneMatch(o -> o.id().equals(request.organisationId()))) {
            throw new InvalidRequestException("organisationId", "is not a registered organisation");
        }
        Credentials.IssuedCredential issued = credentials.issue(request.role(), request.organisationId(),
                request.label(), caller.credentialId());
        return ResponseEntity.created(URI.create("/api/v1/credentials/" + issued.principal().credentialId()))
                .body(new IssuedView(issued.principal().credentialId(), request.role(), request.organisationId(),
                        request.label(), issued.token()));
    }

    @Operation(summary = "List credentials", description = "Every credential, in force or revoked, with its role, organisation and label; never a token.")
    @GetMapping
    CredentialList list() {
        List<Credentials.CredentialSummary> items = credentials.all();
        return new CredentialList(items, items.size());
    }

    @Operation(summary = "Revoke a credential", description = "Revokes a credential at once.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable String id, @AuthenticationPrincipal LedgerPrincipal caller) {
        if (!credentials.revoke(id, caller.credentialId())) {
            throw new NotFoundException("no active credential " + id);
        }
        return ResponseEntity.noContent().build();
    }

    record CredentialRequest(
            @NotNull CredentialRole role,
            @NotBlank @Size(max = 200) String label,
            @Pattern(regexp = OrganisationIds.PATTERN) String organisationId) {
    }

    record IssuedView(String id, CredentialRole role, String organisationId, String label, String token) {
    }

    record CredentialList(List<Credentials.CredentialSummary> items, int total) {
    }
}
