package nl.overheid.ailedger.security;

/** The caller behind a bearer token; {@code organisationId} is set only for ORGANISATION credentials. */
public record LedgerPrincipal(String credentialId, CredentialRole role, String organisationId, String label) {

    public boolean actsFor(String organisation) {
        return role == CredentialRole.ORGANISATION && organisationId.equals(organisation);
    }
}
