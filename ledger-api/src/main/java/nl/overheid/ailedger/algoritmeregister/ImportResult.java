package nl.overheid.ailedger.algoritmeregister;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to an import. {@code importedAt} lies after every event of this import was recorded and before
 * any of the next, so that {@code asOf=importedAt} shows the ledger as this snapshot left it.
 */
public record ImportResult(
        LocalDate snapshotDate,
        int registered,
        int changed,
        int removed,
        int unchanged,
        int organisationsCreated,
        Instant importedAt) {

    static ImportResult of(LocalDate snapshotDate, ImportCounts counts, Instant importedAt) {
        return new ImportResult(snapshotDate, counts.registered(), counts.changed(), counts.removed(),
                counts.unchanged(), counts.organisationsCreated(), importedAt);
    }
}
