package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** Registration details were amended. */
@Revision("1")
public record DetailsAmended(String applicationId, DetailsAmendment amendment, Instant occurredAt) implements ApplicationEvent {
}
