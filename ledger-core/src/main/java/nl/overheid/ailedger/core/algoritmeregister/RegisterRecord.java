package nl.overheid.ailedger.core.algoritmeregister;

import java.time.LocalDate;

/**
 * One registration in a snapshot of the Algoritmeregister, with the fields the ledger uses. {@code purpose},
 * {@code impactAssessment}, {@code url} and {@code registeredOn} are null when the snapshot does not give them.
 */
public record RegisterRecord(
        String id,
        String title,
        String purpose,
        String organisation,
        RegisterStatus status,
        String impactAssessment,
        String url,
        LocalDate registeredOn) {
}
