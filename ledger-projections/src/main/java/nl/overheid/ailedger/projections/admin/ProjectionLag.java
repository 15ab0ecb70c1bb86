package nl.overheid.ailedger.projections.admin;

/**
 * How far a processor is behind the event store.
 *
 * @param eventsBehind  the global index of the head of the store minus the processor's lowest token position
 * @param secondsBehind how long ago the oldest event it has not yet handled was recorded; 0 when caught up
 */
public record ProjectionLag(long eventsBehind, double secondsBehind) {

    static final ProjectionLag NONE = new ProjectionLag(0, 0.0);
}
