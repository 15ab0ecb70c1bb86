package nl.overheid.ailedger.security;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.credential.CredentialIssued;
import nl.overheid.ailedger.core.api.credential.CredentialRevoked;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credential table: who holds which role, by the hash of their token. Every credential issued or revoked is also
 * an event in the sealed journal, with who issued or revoked it, in the same transaction as the row.
 */
@Repository
public class Credentials {

    /** The credential of the admin token in {@code ledger.security.bootstrap-admin-token}. */
    public static final String BOOTSTRAP_ADMIN_ID = "cred-bootstrap-admin";
    /** The actor of what the configuration makes a credential (the configured tokens), at start-up. */
    static final String CONFIGURATION = "system:configuration";

    private final JdbcTemplate jdbc;
    private final EventBus events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Credentials(JdbcTemplate jdbc, EventBus events, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Issues a new credential; the token in the answer is the only copy there will ever be. */
    public IssuedCredential issue(CredentialRole role, String organisationId, String label, String actor) {
        String token = Tokens.newToken();
        String id = "cred-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> insert(id, Tokens.hash(token), role, organisationId, label,
                clock.instant(), actor));
        return new IssuedCredential(new LedgerPrincipal(id, role, organisationId, label), token);
    }

    /**
     * Makes sure a configured token is a credential. A token met before stays as it is: revoked, if it was revoked.
     * A new token is a new credential and replaces the one of the same kind in force before, which is revoked.
     */
    ConfiguredToken ensureConfigured(Configured kind, String token) {
        String hash = Tokens.hash(token);
        List<Boolean> revoked = jdbc.queryForList("SELECT revoked_at IS NOT NULL FROM credential WHERE token_hash = ?",
                Boolean.class, hash);
        if (!revoked.isEmpty()) {
            return revoked.get(0) ? ConfiguredToken.REVOKED : ConfiguredToken.IN_FORCE;
        }
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            jdbc.queryForList("SELECT credential_id FROM credential WHERE credential_id LIKE ? AND revoked_at IS NULL",
                    String.class, kind.firstId + "%").forEach(replaced -> revoke(replaced, now, CONFIGURATION));
            boolean first = jdbc.queryForList("SELECT 1 FROM credential WHERE credential_id = ?", Integer.class,
                    kind.firstId).isEmpty();
            insert(first ? kind.firstId : kind.firstId + "-" + UUID.randomUUID(), hash, kind.role, null, kind.label,
                    now, CONFIGURATION);
        });
        return ConfiguredToken.NEW;
    }

    private void insert(String id, String hash, CredentialRole role, String organisationId, String label, Instant at,
                        String actor) {
        jdbc.update("""
                INSERT INTO credential (credential_id, token_hash, role, organisation_id, label, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", id, hash, role.name(), organisationId, label, at.atOffset(ZoneOffset.UTC));
        record(new CredentialIssued(id, role.name(), organisationId, label, at), actor);
    }

    private boolean revoke(String credentialId, Instant at, String actor) {
        boolean revoked = jdbc.update("UPDATE credential SET revoked_at = ? WHERE credential_id = ? AND revoked_at IS NULL",
                at.atOffset(ZoneOffset.UTC), credentialId) == 1;
        if (revoked) {
            record(new CredentialRevoked(credentialId, at), actor);
        }
        return revoked;
    }

    /** Into the event store, in the transaction of the row: sealed like every event, with its actor. */
    private void record(Object event, String actor) {
        events.publish(GenericEventMessage.asEventMessage(event)
                .andMetaData(CommandMetadata.actingForAll(actor).toMetaData()));
    }

    /** The credentials whose token comes from the configuration rather than from an admin. */
    enum Configured {
        BOOTSTRAP_ADMIN(BOOTSTRAP_ADMIN_ID, CredentialRole.ADMIN, "bootstrap admin"),
        METRICS("cred-metrics", CredentialRole.METRICS, "metrics scraper");

        private final String firstId;
        private final CredentialRole role;
        private final String label;

        Configured(String firstId, CredentialRole role, String label) {
            this.firstId = firstId;
            this.role = role;
            this.label = label;
        }
    }

    /** What the ledger found a configured token to be. */
    enum ConfiguredToken { NEW, IN_FORCE, REVOKED }

    Optional<LedgerPrincipal> findActive(String token) {
        return jdbc.query("""
                SELECT credential_id, role, organisation_id, label FROM credential
                 WHERE token_hash = ? AND revoked_at IS NULL""",
                (rs, i) -> new LedgerPrincipal(rs.getString(1), CredentialRole.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)), Tokens.hash(token)).stream().findFirst();
    }

    /** Every credential, in force or revoked, oldest first: never a token or its hash. */
    public List<CredentialSummary> all() {
        return jdbc.query("""
                SELECT credential_id, role, organisation_id, label, created_at, revoked_at FROM credential
                 ORDER BY created_at, credential_id""", (rs, i) -> new CredentialSummary(rs.getString(1),
                CredentialRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getObject(6, OffsetDateTime.class) == null ? null : rs.getObject(6, OffsetDateTime.class).toInstant()));
    }

    /** Revokes at once: the next request with the token is refused. False when there is no such credential. */
    public boolean revoke(String credentialId, String actor) {
        return Boolean.TRUE.equals(transactions.execute(status -> revoke(credentialId, clock.instant(), actor)));
    }

    public record IssuedCredential(LedgerPrincipal principal, String token) {
    }

    /** A credential as an administrator may see it: who holds which role since when, and whether it was revoked. */
    public record CredentialSummary(String id, CredentialRole role, String organisationId, String label,
                                    Instant createdAt, Instant revokedAt) {
    }
}
