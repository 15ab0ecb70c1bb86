package nl.overheid.ailedger.projections.sealing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.springframework.stereotype.Component;

/**
 * Gauges of the sealing, read from the database at each scrape so that every node reports the shared truth:
 * {@code ledger_sealing_tree_size}, {@code ledger_sealing_lag_events} (stored events not yet sealed) and
 * {@code ledger_sealing_checkpoint_tree_size}.
 */
@Component
class SealingMetrics implements MeterBinder {

    private final SealingStore store;

    SealingMetrics(SealingStore store) {
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("ledger.sealing.tree.size", store, s -> s.treeHead().treeSize())
                .description("Events sealed into the Merkle tree").register(meters);
        Gauge.builder("ledger.sealing.lag", store, SealingStore::sealingLag).baseUnit("events")
                .description("Stored events the sealing processor has not sealed yet").register(meters);
        Gauge.builder("ledger.sealing.checkpoint.tree.size", store,
                        s -> s.latestCheckpoint().map(SignedCheckpoint::treeSize).orElse(0L))
                .description("Tree size of the latest signed checkpoint").register(meters);
    }
}
