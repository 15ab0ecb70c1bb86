package nl.overheid.ailedger.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is. The dashboard signs in with it (an unknown token is a 401 here, before any data is shown)
 * and uses the role to offer only what the API will answer: asOf and histories for auditors, for instance.
 */
@RestController
@Tag(name = "Credentials")
class CurrentCredentialController {

    @Operation(summary = "Read the caller's credential", description = "The credential of the bearer token: its id, role, organisation (for ORGANISATION) and label. Never the token.")
    @GetMapping("/api/v1/credentials/current")
    CurrentCredential current(@AuthenticationPrincipal LedgerPrincipal caller) {
        return new CurrentCredential(caller.credentialId(), caller.role(), caller.organisationId(), caller.label());
    }

    record CurrentCredential(String id, CredentialRole role, String organisationId, String label) {
    }
}
