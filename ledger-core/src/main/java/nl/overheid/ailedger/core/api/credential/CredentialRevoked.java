package nl.overheid.ailedger.core.api.credential;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/** A credential was revoked; the actor in the metadata is who revoked it. */
@Revision("1")
public record CredentialRevoked(String credentialId, Instant occurredAt) {
}
