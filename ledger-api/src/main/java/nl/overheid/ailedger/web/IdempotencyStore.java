package nl.overheid.ailedger.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import nl.overheid.ailedger.config.LedgerProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * First answers to writes sent with an Idempotency-Key. A key is reserved before the write runs, so that
 * two copies of one request racing each other cannot both store something. A record is kept for the retention
 * ({@code ledger.idempotency-retention}, 24 hours): a retry comes within minutes, and a key may then be used again.
 */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, LedgerProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = properties.idempotencyRetention();
    }

    /** Reserves the key; when it was taken already, within the retention, the record that holds it. */
    Optional<StoredAnswer> reserve(String credentialId, String key, String requestHash) {
        Instant now = clock.instant();
        jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?", now.minus(retention).atOffset(ZoneOffset.UTC));
        try {
            jdbc.update("""
                    INSERT INTO idempotency_record (credential_id, idempotency_key, request_hash, created_at)
                    VALUES (?, ?, ?, ?)""", credentialId, key, requestHash, now.atOffset(ZoneOffset.UTC));
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            return jdbc.query("""
                    SELECT request_hash, response_status, response_type, response_location, response_body
                      FROM idempotency_record WHERE credential_id = ? AND idempotency_key = ?""",
                    (rs, i) -> new StoredAnswer(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), rs.getBytes(5)), credentialId, key).stream().findFirst();
        }
    }

    void complete(String credentialId, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                UPDATE idempotency_record SET response_status = ?, response_type = ?, response_location = ?,
                       response_body = ? WHERE credential_id = ? AND idempotency_key = ?""",
                status, contentType, location, body, credentialId, key);
    }

    void release(String credentialId, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE credential_id = ? AND idempotency_key = ?",
                credentialId, key);
    }

    /** What was answered; {@code status} is null while the first request is still running. */
    record StoredAnswer(String requestHash, Integer status, String contentType, String location, byte[] body) {
    }
}
