package nl.overheid.ailedger.core.api.application;

/** Roles that take part in the decision to deploy (rollen). */
public enum Role {
    CIO, FG, CISO, PRIVACY_OFFICER, LEGAL, PROCESS_OWNER
}
