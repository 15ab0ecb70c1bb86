package nl.overheid.ailedger.security;

/** What a credential may do; see the README's table of roles. */
public enum CredentialRole {
    ADMIN, ORGANISATION, ANALYST, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
