package nl.overheid.ailedger.projections.commitments;

import static nl.overheid.ailedger.projections.SqlTimes.instant;
import static nl.overheid.ailedger.projections.SqlTimes.timestamp;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The table of commitment events. Inserts are conditional so that a redelivered event changes nothing. */
@Repository
class CommitmentStore {

    private static final RowMapper<StoredCommitmentEvent> EVENT_ROW = (rs, i) -> new StoredCommitmentEvent(
            rs.getString("commitment_id"), rs.getLong("sequence_number"), rs.getString("event_id"),
            rs.getString("event_type"), instant(rs, "occurred_at"), instant(rs, "recorded_at"),
            rs.getString("payload_revision"), rs.getString("payload"));

    private final JdbcTemplate jdbc;

    CommitmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(StoredCommitmentEvent event) {
        jdbc.update("""
                INSERT INTO commitment_event (commitment_id, sequence_number, event_id, event_type, occurred_at,
                                              recorded_at, payload_revision, payload)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?
                 WHERE NOT EXISTS (SELECT 1 FROM commitment_event WHERE commitment_id = ? AND sequence_number = ?)""",
                event.commitmentId(), event.sequence(), event.eventId(), event.type(),
                timestamp(event.occurredAt()), timestamp(event.recordedAt()), event.revision(), event.payload(),
                event.commitmentId(), event.sequence());
    }

    /** Every commitment's events recorded by {@code asOf} that occurred by {@code validAt}, per commitment in order. */
    List<StoredCommitmentEvent> events(Instant asOf, Instant validAt) {
        return jdbc.query("""
                SELECT * FROM commitment_event WHERE recorded_at <= ? AND occurred_at <= ?
                 ORDER BY commitment_id, sequence_number""", EVENT_ROW, timestamp(asOf), timestamp(validAt));
    }

    /** One commitment's events recorded by {@code asOf} that occurred by {@code validAt}, in ledger order. */
    List<StoredCommitmentEvent> events(String commitmentId, Instant asOf, Instant validAt) {
        return jdbc.query("""
                SELECT * FROM commitment_event WHERE commitment_id = ? AND recorded_at <= ? AND occurred_at <= ?
                 ORDER BY sequence_number""", EVENT_ROW, commitmentId, timestamp(asOf), timestamp(validAt));
    }

    /** Every event of one commitment the read model holds, in ledger order. */
    List<StoredCommitmentEvent> allEvents(String commitmentId) {
        return jdbc.query("SELECT * FROM commitment_event WHERE commitment_id = ? ORDER BY sequence_number", EVENT_ROW,
                commitmentId);
    }

    boolean isProjected(String commitmentId, long sequence) {
        Integer found = jdbc.queryForObject(
                "SELECT COUNT(*) FROM commitment_event WHERE commitment_id = ? AND sequence_number = ?",
                Integer.class, commitmentId, sequence);
        return found != null && found > 0;
    }

    void clear() {
        jdbc.update("DELETE FROM commitment_event");
    }
}
