package nl.overheid.ailedger.security;

/** What a credential may do; see the README's table of roles. METRICS reads {@code /actuator/prometheus}, nothing else. */
public enum CredentialRole {
    ADMIN, ORGANISATION, ANALYST, AUDITOR, METRICS;

    public String authority() {
        return "ROLE_" + name();
    }
}
