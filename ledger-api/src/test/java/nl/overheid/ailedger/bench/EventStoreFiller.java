package nl.overheid.ailedger.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.projections.sealing.SealingProjection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * Appends a synthetic history straight into a ledger's event store: the ledger is started in this JVM on the given
 * storage (which also runs its migrations), and the events go through its own storage engine and serializer, one
 * transaction per batch. The stored rows are exactly those the ledger writes; only the command handling and the HTTP
 * are skipped.
 *
 * <p>The read models' processors are stopped at once: the benchmark replays them when the ledger starts next. Sealing
 * keeps running and seals the events as they are appended, on the core the single appending thread leaves free, as a
 * ledger seals while it is written to; the fill ends when everything is sealed.
 */
final class EventStoreFiller {

    private static final Duration SEALING_TIMEOUT = Duration.ofMinutes(20);
    private static final long POLL_MILLIS = 100;

    /**
     * @param appendSeconds the appends, without the ledger's start and stop
     * @param sealedSeconds from the first append until sealing had sealed the last event
     */
    record Filled(double appendSeconds, double sealedSeconds) {
    }

    private EventStoreFiller() {
    }

    static Filled fill(Map<String, String> storage, SyntheticHistory history, int batchSize) {
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            EventProcessingConfiguration processing = ledger.bean(EventProcessingConfiguration.class);
            processing.eventProcessors().values().stream()
                    .filter(processor -> !processor.getName().equals(SealingProjection.PROCESSING_GROUP))
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
            double appendSeconds = (System.nanoTime() - start) / 1e9;
            long last = engine.createHeadToken().position().orElseThrow();
            awaitSealed(processing.eventProcessor(SealingProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                    .orElseThrow(), last, start);
            return new Filled(appendSeconds, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void append(EventStorageEngine engine, TransactionManager transactions,
                               List<DomainEventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            transactions.executeInTransaction(() -> engine.appendEvents(batch));
            batch.clear();
        }
    }

    private static void awaitSealed(StreamingEventProcessor sealing, long lastIndex, long start) {
        while (sealing.processingStatus().values().stream()
                .noneMatch(segment -> segment.getCurrentPosition().orElse(-1) >= lastIndex)) {
            if (System.nanoTime() - start > SEALING_TIMEOUT.toNanos()) {
                throw new IllegalStateException("sealing did not reach event " + lastIndex + " within "
                        + SEALING_TIMEOUT + ": " + sealing.processingStatus());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
