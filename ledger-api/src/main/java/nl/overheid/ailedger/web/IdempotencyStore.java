package nl.overheid.ailedger.web;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * First answers to writes sent with an Idempotency-Key. A key is reserved before the write runs, so that
 * two copies of one request racing each other cannot both store something.
 */
@Repository
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reserves the key; when it was taken already, the record that holds it. */
    Optional<StoredAnswer> reserve(String credentialId, String key, String requestHash) {
        try {
            jdbc.update("""
                    INSERT INTO idempotency_record (credential_id, idempotency_key, request_hash, created_at)
                    VALUES (?, ?, ?, ?)""", credentialId, key, requestHash, clock.instant().atOffset(ZoneOffset.UTC));
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
