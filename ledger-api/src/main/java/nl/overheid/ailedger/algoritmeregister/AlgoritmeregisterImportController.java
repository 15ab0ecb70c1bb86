package nl.overheid.ailedger.algoritmeregister;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An admin uploads a snapshot of the Algoritmeregister; the answer counts what it changed. */
@RestController
class AlgoritmeregisterImportController {

    private static final String SNAPSHOT = "A snapshot file of the Algoritmeregister: "
            + "{\"algoritmes\": [{\"id\", \"title\", \"organisatie\", \"status\", ...}, ...], ...}";

    private final AlgoritmeregisterImport imports;

    AlgoritmeregisterImportController(AlgoritmeregisterImport imports) {
        this.imports = imports;
    }

    /**
     * The body is taken as bytes, so that the import itself names every wrong record of the file.
     * {@code confirmRemovals}: the number of removals the administrator confirms, for a snapshot that would remove
     * more than the threshold share of the register.
     */
    @PostMapping(path = "/api/v1/admin/imports/algoritmeregister", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Imports a snapshot of the Algoritmeregister as events on the snapshot date",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = SNAPSHOT,
                    required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object"))))
    ImportResult importSnapshot(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate snapshotDate,
                                @RequestParam(required = false) Integer confirmRemovals,
                                @RequestBody byte[] snapshot, @AuthenticationPrincipal LedgerPrincipal caller) {
        return imports.importSnapshot(snapshotDate, snapshot, caller.credentialId(), confirmRemovals);
    }
}
