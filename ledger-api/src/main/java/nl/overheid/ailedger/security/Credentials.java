package nl.overheid.ailedger.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The credential table: who holds which role, by the hash of their token. */
@Repository
public class Credentials {

    /** The credential of the admin token in {@code ledger.security.bootstrap-admin-token}. */
    public static final String BOOTSTRAP_ADMIN_ID = "cred-bootstrap-admin";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Credentials(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a new credential; the token in the answer is the only copy there will ever be. */
    public IssuedCredential issue(CredentialRole role, String organisationId, String label) {
        String token = Tokens.newToken();
        String id = "cred-" + UUID.randomUUID();
        jdbc.update("""
                INSERT INTO credential (credential_id, token_hash, role, organisation_id, label, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", id, Tokens.hash(token), role.name(), organisationId, label,
                clock.instant().atOffset(ZoneOffset.UTC));
        return new IssuedCredential(new LedgerPrincipal(id, role, organisationId, label), token);
    }

    /** Makes sure the bootstrap admin exists with this token (a changed token replaces the old one). */
    void ensureBootstrapAdmin(String token) {
        int updated = jdbc.update("UPDATE credential SET token_hash = ?, revoked_at = NULL WHERE credential_id = ?",
                Tokens.hash(token), BOOTSTRAP_ADMIN_ID);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO credential (credential_id, token_hash, role, organisation_id, label, created_at)
                    VALUES (?, ?, 'ADMIN', NULL, 'bootstrap admin', ?)""", BOOTSTRAP_ADMIN_ID, Tokens.hash(token),
                    clock.instant().atOffset(ZoneOffset.UTC));
        }
    }

    Optional<LedgerPrincipal> findActive(String token) {
        return jdbc.query("""
                SELECT credential_id, role, organisation_id, label FROM credential
                 WHERE token_hash = ? AND revoked_at IS NULL""",
                (rs, i) -> new LedgerPrincipal(rs.getString(1), CredentialRole.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)), Tokens.hash(token)).stream().findFirst();
    }

    /** Revokes at once: the next request with the token is refused. False when there is no such credential. */
    public boolean revoke(String credentialId) {
        return jdbc.update("UPDATE credential SET revoked_at = ? WHERE credential_id = ? AND revoked_at IS NULL",
                clock.instant().atOffset(ZoneOffset.UTC), credentialId) == 1;
    }

    public record IssuedCredential(LedgerPrincipal principal, String token) {
    }
}
