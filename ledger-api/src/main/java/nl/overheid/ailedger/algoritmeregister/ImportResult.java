package nl.overheid.ailedger.algoritmeregister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.overheid.ailedger.core.algoritmeregister.ImportCounts;

/**
 * The answer to an import. {@code importedAt} lies after every event of this import was recorded and before
 * any of the next, so that {@code asOf=importedAt} shows the ledger as this snapshot left it. {@code heldBack}: the
 * registrations left as they were because they conflict with the ledger; the counts leave them out.
 */
public record ImportResult(
        LocalDate snapshotDate,
        int registered,
        int changed,
        int removed,
        int unchanged,
        int organisationsCreated,
        List<HeldBack> heldBack,
        Instant importedAt) {

    static ImportResult of(LocalDate snapshotDate, ImportCounts counts, List<HeldBack> heldBack, Instant importedAt) {
        return new ImportResult(snapshotDate, counts.registered(), counts.changed(), counts.removed(),
                counts.unchanged(), counts.organisationsCreated(), heldBack, importedAt);
    }
}
