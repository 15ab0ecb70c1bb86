package nl.overheid.ailedger.projections.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The event processors behind the read models: their status, their lag, and the replay that rebuilds every
 * read model from the event store.
 *
 * <p>A replay stops each processor that allows one, resets its tokens (its {@code @ResetHandler} clears the
 * tables in the same transaction) and starts it again; the processor then handles every event from the first.
 * Reads keep being answered from the tables while they fill up again, so until the processor has caught up
 * they may be incomplete. With several nodes, the processor must be stopped on every node first: a node
 * that still holds a segment makes the reset fail, and that processor is then reported as skipped.
 */
@Service
public class ProjectionProcessors {

    /** The sealing processor hashes each event once into the Merkle tree: it is never replayed. */
    static final String SEALING = "sealing";
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionProcessors.class);

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final Clock clock;

    ProjectionProcessors(EventProcessingConfiguration processing, EventStorageEngine events, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.clock = clock;
    }

    public List<ProcessorStatus> status() {
        return processors().map(this::status).toList();
    }

    /** Starts a replay of every processor that allows one; answers once they run again, not once they are done. */
    public synchronized ReplayOutcome replay() {
        List<String> replaying = new ArrayList<>();
        List<ReplayOutcome.Skipped> skipped = new ArrayList<>();
        processors().forEach(processor -> {
            String name = processor.getName();
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                skipped.add(new ReplayOutcome.Skipped(name, "not a streaming processor: it has no tokens to reset"));
            } else if (SEALING.equals(name) || !streaming.supportsReset()) {
                skipped.add(new ReplayOutcome.Skipped(name, "does not allow a replay"));
            } else {
                streaming.shutDown();
                try {
                    streaming.resetTokens();
                    replaying.add(name);
                } catch (RuntimeException refused) {
                    LOG.warn("Processor [{}] refused the reset of its tokens; it continues where it was", name, refused);
                    skipped.add(new ReplayOutcome.Skipped(name, "the reset was refused: " + refused.getMessage()));
                } finally {
                    streaming.start();
                }
            }
        });
        return new ReplayOutcome(replaying, skipped);
    }

    /** The names of the processors that keep tokens, and so can lag behind. */
    public List<String> streamingProcessorNames() {
        return processors().filter(StreamingEventProcessor.class::isInstance).map(EventProcessor::getName).toList();
    }

    /** How far the named processor is behind; empty when it is unknown or has no segment claimed here. */
    public Optional<ProjectionLag> lag(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).flatMap(this::lag);
    }

    private Stream<EventProcessor> processors() {
        return processing.eventProcessors().values().stream().sorted(Comparator.comparing(EventProcessor::getName));
    }

    private ProcessorStatus status(EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new ProcessorStatus(processor.getName(), processor.isRunning(), processor.isError(),
                    processor.isRunning(), false, 1.0, null, List.of());
        }
        Collection<EventTrackerStatus> claimed = streaming.processingStatus().values();
        List<ProcessorStatus.SegmentStatus> segments = claimed.stream()
                .sorted(Comparator.comparingInt(status -> status.getSegment().getSegmentId()))
                .map(ProjectionProcessors::segment)
                .toList();
        double claimedShare = claimed.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        ProjectionLag lag = lag(streaming).orElse(null);
        boolean caughtUp = lag != null && lag.eventsBehind() == 0
                && claimed.stream().allMatch(EventTrackerStatus::isCaughtUp);
        return new ProcessorStatus(processor.getName(), processor.isRunning(), processor.isError(), caughtUp,
                claimed.stream().anyMatch(ProjectionProcessors::replaying), claimedShare, lag, segments);
    }

    private static ProcessorStatus.SegmentStatus segment(EventTrackerStatus status) {
        Long position = status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null;
        return new ProcessorStatus.SegmentStatus(status.getSegment().getSegmentId(), position, status.isCaughtUp(),
                replaying(status), status.isErrorState(),
                status.getError() == null ? null : status.getError().toString());
    }

    /**
     * Whether the segment is still handling again events it had handled before the reset. Axon keeps calling a
     * segment replaying until an event after the reset arrives, also when it has long reached that position.
     */
    private static boolean replaying(EventTrackerStatus status) {
        return status.isReplaying()
                && status.getCurrentPosition().orElse(-1) < status.getResetPosition().orElse(Long.MAX_VALUE);
    }

    private Optional<ProjectionLag> lag(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> claimed = processor.processingStatus().values();
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long lowest = claimed.stream().mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElseThrow();
        TrackingToken head = events.createHeadToken();
        long behind = head == null ? 0 : Math.max(0, head.position().orElse(-1) - lowest);
        if (behind == 0) {
            return Optional.of(ProjectionLag.NONE);
        }
        TrackingToken handled = lowest < 0 ? null : GapAwareTrackingToken.newInstance(lowest, Set.of());
        try (Stream<? extends TrackedEventMessage<?>> unhandled = events.readEvents(handled, false)) {
            double seconds = unhandled.findFirst()
                    .map(oldest -> Duration.between(oldest.getTimestamp(), clock.instant()).toMillis() / 1000.0)
                    .orElse(0.0);
            return Optional.of(new ProjectionLag(behind, Math.max(0.0, seconds)));
        }
    }
}
