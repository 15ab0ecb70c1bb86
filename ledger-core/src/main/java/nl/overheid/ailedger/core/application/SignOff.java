package nl.overheid.ailedger.core.application;

import java.time.Instant;

import nl.overheid.ailedger.core.api.application.Role;

/** A role that signed off on an application. */
public record SignOff(Role role, String signedBy, Instant occurredAt) {
}
