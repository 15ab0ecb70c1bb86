package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.core.application.ApplicationState;

/**
 * The state of an application folded over its events in the register, and when its latest event was recorded: the
 * moment its latest version began.
 */
record Folded(ApplicationState state, Instant lastRecordedAt) {
}
