package nl.overheid.ailedger.projections.admin;

import java.util.List;

/**
 * An event processor as this node sees it. With several nodes each node reports the segments it has claimed;
 * {@code claimedShare} says how much of the event stream those cover (1.0 on a single node).
 *
 * @param caughtUp  the segments claimed here have handled every event in the store (no lag)
 * @param replaying a segment claimed here is still handling again the events it had handled before a reset
 * @param lag       how far the processor is behind the head; null when it has no segment claimed here
 */
public record ProcessorStatus(
        String name,
        boolean running,
        boolean error,
        boolean caughtUp,
        boolean replaying,
        double claimedShare,
        ProjectionLag lag,
        List<SegmentStatus> segments) {

    /**
     * One segment: the global index of the last event its token has passed (null before the first), and
     * whether it has reached the head of the store since it was claimed (Axon's own notion of caught up).
     */
    public record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, boolean errorState,
                                String error) {
    }
}
