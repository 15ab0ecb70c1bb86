package nl.overheid.ailedger.algoritmeregister;

import nl.overheid.ailedger.core.algoritmeregister.ImportPlanner;
import nl.overheid.ailedger.core.algoritmeregister.RegisterRecord;
import nl.overheid.ailedger.core.algoritmeregister.Snapshot;

/**
 * A registration an import left as it was, because its change conflicts with what the ledger holds. The title and
 * organisation are the snapshot's; both are null for a registration that left the register.
 */
public record HeldBack(String registerId, String applicationId, String title, String organisation, String reason) {

    static HeldBack of(String registerId, Snapshot snapshot, String reason) {
        RegisterRecord record = snapshot.records().stream().filter(r -> r.id().equals(registerId)).findFirst()
                .orElse(null);
        return new HeldBack(registerId, ImportPlanner.applicationId(registerId), record == null ? null : record.title(),
                record == null ? null : record.organisation(), reason);
    }
}
