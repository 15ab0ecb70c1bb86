package nl.overheid.ailedger.algoritmeregister;

import java.time.LocalDate;

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

    private final AlgoritmeregisterImport imports;

    AlgoritmeregisterImportController(AlgoritmeregisterImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/v1/admin/imports/algoritmeregister", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importSnapshot(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate snapshotDate,
                                @RequestBody byte[] snapshot, @AuthenticationPrincipal LedgerPrincipal caller) {
        return imports.importSnapshot(snapshotDate, snapshot, caller.credentialId());
    }
}
