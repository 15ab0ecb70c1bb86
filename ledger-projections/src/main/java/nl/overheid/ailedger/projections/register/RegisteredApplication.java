package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.application.ApplicationState;

/**
 * An application as the register knows it at a moment: its state, the layer of its organisation (null when the
 * register does not know it), when its latest event was recorded, and the moment of valid time to judge it at.
 */
public record RegisteredApplication(ApplicationState state, GovernmentLayer layer, Instant lastRecordedAt,
                                    Instant validAt) {
}
