package nl.overheid.ailedger.projections.history;

import java.time.Instant;

/** The state of an entity folded over its events in a history, and when the latest of them was recorded. */
public record Folded<S>(S state, Instant lastRecordedAt) {
}
