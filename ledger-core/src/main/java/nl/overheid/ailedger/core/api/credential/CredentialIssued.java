package nl.overheid.ailedger.core.api.credential;

import java.time.Instant;

import org.axonframework.serialization.Revision;

/**
 * A credential was issued: who may now sign in with which role, for which organisation (ORGANISATION only). The
 * actor in the metadata is who issued it. Never the token, nor its hash.
 */
@Revision("1")
public record CredentialIssued(String credentialId, String role, String organisationId, String label,
                               Instant occurredAt) {
}
