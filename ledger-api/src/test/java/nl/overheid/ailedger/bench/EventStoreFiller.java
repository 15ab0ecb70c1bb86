package nl.overheid.ailedger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.RunningLedger;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Appends a synthetic history straight into a ledger's event store: the ledger is started in this JVM on the given
 * storage (which also runs its migrations), its event processors are stopped at once, and the events go through its
 * own storage engine and serializer, one transaction per batch. The stored rows are exactly those the ledger writes;
 * only the command handling and the HTTP are skipped. The processors find the events when the ledger starts next.
 */
final class EventStoreFiller {

    private EventStoreFiller() {
    }

    /** Returns the seconds the appends took, without the ledger's start and stop. */
    static double fill(Map<String, String> storage, SyntheticHistory history, int batchSize) {
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            ledger.bean(EventProcessingConfiguration.class).eventProcessors().values()
                    .forEach(EventProcessor::shutDown);
            EventStorageEngine engine = ledger.bean(EventStorageEngine.class);
            TransactionManager transactions = ledger.bean(TransactionManager.class);
            List<DomainEventMessage<?>> batch = new ArrayList<>(batchSize);
            long start = System.nanoTime();
            history.forEach(event -> {
                batch.add(event);
                if (batch.size() == batchSize) {
                    append(engine, transactions, batch);
                }
            });
            append(engine, transactions, batch);
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void append(EventStorageEngine engine, TransactionManager transactions,
                               List<DomainEventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            transactions.executeInTransaction(() -> engine.appendEvents(batch));
            batch.clear();
        }
    }
}
