package nl.overheid.ailedger.projections.sealing;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.overheid.ailedger.core.integrity.AuditVerdict;
import nl.overheid.ailedger.core.integrity.JournalAudit;
import nl.overheid.ailedger.core.integrity.KeyHistory;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.springframework.stereotype.Service;

/**
 * Verifies the sealed history against the event store as it is now: every leaf is recomputed from its stored event
 * row and compared with the sealed leaf, and the recomputed tree with the root of every checkpoint, whose signature
 * must be that of the ledger's key for its tree size (see {@link SealingKeyHistory}). Publishes
 * {@code ledger_audit_verification_ok} (1 or 0; NaN before the first run) and
 * {@code ledger_audit_verification_duration_seconds}.
 */
@Service
public class JournalVerification {

    private final SealingStore store;
    private final SealingKeyHistory keys;
    private final Timer duration;
    private final AtomicReference<Double> lastResult = new AtomicReference<>(Double.NaN);

    JournalVerification(SealingStore store, SealingKeyHistory keys, MeterRegistry meters) {
        this.store = store;
        this.keys = keys;
        this.duration = Timer.builder("ledger.audit.verification.duration")
                .description("Time to verify the sealed journal against the event store").register(meters);
        Gauge.builder("ledger.audit.verification.ok", lastResult, AtomicReference::get)
                .description("Outcome of the last verification: 1 intact, 0 a finding").register(meters);
    }

    /**
     * Verifies up to the larger of the sealed tree and the latest checkpoint, as both were when it started: a
     * checkpoint beyond the sealed leaves means leaves were removed.
     */
    public AuditVerdict verify() {
        AuditVerdict verdict = duration.record(() -> {
            long treeSize = Math.max(store.treeHead().treeSize(),
                    store.latestCheckpoint().map(SignedCheckpoint::treeSize).orElse(0L));
            KeyHistory history = keys.history();
            JournalAudit audit = new JournalAudit(new CheckpointPages(store, treeSize), history::hasSigned);
            store.sealedEvents(treeSize, sealed -> sealed.event() == null
                    ? audit.reject(sealed.sequence(), "the stored event of sequence " + sealed.sequence()
                            + " is missing from the event store")
                    : audit.accept(sealed.sequence(), sealed.event().journalLine(sealed.sequence()).leafHash(),
                            sealed.leafHash()));
            return audit.finish();
        });
        lastResult.set(verdict.ok() ? 1.0 : 0.0);
        return verdict;
    }
}
