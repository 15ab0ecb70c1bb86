package nl.overheid.ailedger.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event store as the pooled streaming processors read it (their {@code source} in application.yml), with the one
 * thing Axon's embedded event store lacks: it tells a processor when there are events to handle.
 *
 * <p>Without that, a pooled processor's coordinator looks for new events only every 500 ms, so a write, which answers
 * once the register shows it, waited 250 ms on average for nothing (measured by the benchmark: see BENCHMARKS.md).
 * Here each stream wakes its processor as soon as this node has committed events, and the stream then gives the
 * event store's producer a moment to fetch them; events committed by other nodes are still looked for every 500 ms,
 * as before. The events, their order and the tokens are the event store's own: only the moment of looking changes.
 */
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, DisposableBean {

    /** How often a processor looks for events that another node committed, as Axon's coordinator did. */
    static final Duration POLL = Duration.ofMillis(500);
    /** How long a woken stream waits for the event store's producer to fetch what this node has just committed. */
    static final Duration FETCH_WAIT = Duration.ofMillis(50);

    private final EventStore eventStore;
    private final Set<PromptStream> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-source-poll");
        thread.setDaemon(true);
        return thread;
    });

    public PromptEventSource(EventStore eventStore) {
        this(eventStore, POLL);
    }

    /** @param poll how often to look for events that another node committed */
    PromptEventSource(EventStore eventStore, Duration poll) {
        this.eventStore = eventStore;
        // After the database transaction that stores them, which may hold several commands (an import, a group
        // commit); after the unit of work where there is none.
        eventStore.subscribe(published -> {
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    || !CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> committed()))) {
                AfterCommit.run(this::committed);
            }
        });
        poller.scheduleWithFixedDelay(() -> streams.forEach(PromptStream::wake), poll.toMillis(), poll.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        PromptStream stream = new PromptStream(eventStore.openStream(trackingToken));
        streams.add(stream);
        return stream;
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }

    private void committed() {
        streams.forEach(PromptStream::committed);
    }

    /** A stream of the event store that wakes its processor; used by that processor's coordinator only. */
    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private final AtomicBoolean committedSinceLastLook = new AtomicBoolean();
        private volatile Runnable onAvailable;

        private PromptStream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        void committed() {
            committedSinceLastLook.set(true);
            wake();
        }

        void wake() {
            Runnable callback = onAvailable;
            if (callback != null) {
                callback.run();
            }
        }

        @Override
        public boolean hasNextAvailable() {
            try {
                return committedSinceLastLook.getAndSet(false)
                        ? events.hasNextAvailable((int) FETCH_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                        : events.hasNextAvailable();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            onAvailable = callback;
            return true;
        }

        @Override
        public void close() {
            streams.remove(this);
            events.close();
        }
    }
}
