package nl.overheid.ailedger.organisation;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.command.LedgerCommands;
import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.OrganisationIds;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.Credentials;
import nl.overheid.ailedger.security.LedgerPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisations: an admin registers one and hands its first token to it. */
@RestController
@Tag(name = "Organisations")
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    private final LedgerCommands commands;
    private final Credentials credentials;
    private final RegisterQueries register;
    private final Clock clock;
    private final LedgerProperties properties;

    OrganisationController(LedgerCommands commands, Credentials credentials, RegisterQueries register, Clock clock,
                           LedgerProperties properties) {
        this.commands = commands;
        this.credentials = credentials;
        this.register = register;
        this.clock = clock;
        this.properties = properties;
    }

    @Operation(summary = "Register an organisation", description = "Registers an organisation (admin) and returns its first API token, shown only this once, with the id of its credential.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedOrganisation> create(@Valid @RequestBody OrganisationRequest request,
                                               @AuthenticationPrincipal LedgerPrincipal caller) {
        commands.send(new RegisterOrganisation(request.id(), request.name(), request.layer(), clock.instant()), caller);
        Credentials.IssuedCredential first = credentials.issue(CredentialRole.ORGANISATION, request.id(),
                request.name(), caller.credentialId());
        register.awaitOrganisation(request.id(), properties.readYourWritesTimeout());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + request.id()))
                .body(new CreatedOrganisation(request.id(), request.name(), request.layer(), first.token(),
                        first.principal().credentialId()));
    }

    @Operation(summary = "List organisations", description = "All registered organisations with their government layer.")
    @GetMapping
    OrganisationList list() {
        List<ListedOrganisation> items = register.organisations().stream()
                .map(organisation -> new ListedOrganisation(organisation.id(), organisation.name(), organisation.layer()))
                .toList();
        return new OrganisationList(items, items.size());
    }

    record OrganisationRequest(
            @NotNull @Pattern(regexp = OrganisationIds.PATTERN, message = "must be an OIN (20 digits) or a slug")
            String id,
            @NotBlank @Size(max = 300) String name,
            @NotNull GovernmentLayer layer) {
    }

    /** {@code credentialId}: the credential of {@code apiToken}, to revoke it by. */
    record CreatedOrganisation(String id, String name, GovernmentLayer layer, String apiToken, String credentialId) {
    }

    record OrganisationList(List<ListedOrganisation> items, int total) {
    }

    record ListedOrganisation(String id, String name, GovernmentLayer layer) {
    }
}
