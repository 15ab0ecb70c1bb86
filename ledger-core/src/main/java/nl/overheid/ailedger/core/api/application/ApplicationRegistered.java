package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** An application was registered; in PRODUCTION it is existing use, judged by compliance rather than refused. */
@Revision("1")
public record ApplicationRegistered(String applicationId, String organisationId, Phase phase, ApplicationDetails details, Instant occurredAt) implements ApplicationEvent {
}
