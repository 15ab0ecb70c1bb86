package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * The pooled processors' event source wakes a processor when this node commits events, and only then: the periodic
 * look for other nodes' events is set to an hour here, so every wake-up seen comes from a commit.
 */
class PromptEventSourceTest {

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final PromptEventSource source = new PromptEventSource(eventStore, Duration.ofHours(1));

    @AfterEach
    void stop() {
        source.destroy();
        eventStore.shutDown();
    }

    @Test
    void wakesItsProcessorOnceEventsAreCommittedAndThenHasThem() throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        CountDownLatch woken = new CountDownLatch(1);
        assertThat(stream.setOnAvailableCallback(woken::countDown)).isTrue();

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        eventStore.publish(GenericEventMessage.asEventMessage("first"));
        assertThat(woken.getCount()).as("not before the commit").isEqualTo(1);
        unitOfWork.commit();

        assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.hasNextAvailable()).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    @Test
    void wakesOnlyOnceTheTransactionAroundTheUnitOfWorkHasCommitted() throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        CountDownLatch woken = new CountDownLatch(1);
        stream.setOnAvailableCallback(woken::countDown);

        TransactionSynchronizationManager.initSynchronization();
        try {
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            eventStore.publish(GenericEventMessage.asEventMessage("in a group"));
            unitOfWork.commit();
            assertThat(woken.await(200, TimeUnit.MILLISECONDS)).as("the transaction is still open").isFalse();
            TransactionSynchronizationUtils.triggerAfterCommit();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(woken.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("in a group");
    }

    @Test
    void doesNotWakeForEventsThatWereRolledBack() throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        CountDownLatch woken = new CountDownLatch(1);
        stream.setOnAvailableCallback(woken::countDown);

        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        eventStore.publish(GenericEventMessage.asEventMessage("never stored"));
        unitOfWork.rollback();

        assertThat(woken.await(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(stream.hasNextAvailable()).isFalse();
    }

    @Test
    void wakesNoClosedStream() throws InterruptedException {
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        CountDownLatch woken = new CountDownLatch(1);
        stream.setOnAvailableCallback(woken::countDown);
        stream.close();

        eventStore.publish(GenericEventMessage.asEventMessage("after close"));

        assertThat(woken.await(200, TimeUnit.MILLISECONDS)).isFalse();
    }
}
