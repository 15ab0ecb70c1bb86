package nl.overheid.ailedger.projections.register;

import static nl.overheid.ailedger.projections.SqlTimes.instant;
import static nl.overheid.ailedger.projections.SqlTimes.timestamp;

import java.time.Instant;
import java.util.List;

import nl.overheid.ailedger.core.application.ApplicationState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every {@link #EVERY}-th folded state of each application, whole, in {@code application_snapshot}: a read of one
 * application folds on from the latest of them that its moment allows ({@link ApplicationFolds}). The states are
 * apart from the version rows, so that finding the right one reads a row per snapshot, not one per event.
 */
@Repository
class ApplicationSnapshots {

    /** Every so many events an application's state is kept whole: a read folds fewer events than this. */
    static final int EVERY = 32;

    private final JdbcTemplate jdbc;
    private final RegisterCodec codec;

    ApplicationSnapshots(JdbcTemplate jdbc, RegisterCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Whether the state after event {@code sequence} is one to keep. */
    static boolean isKeptAfter(long sequence) {
        return (sequence + 1) % EVERY == 0;
    }

    /** Where a snapshot was taken: after which event, recorded when, and the latest valid time it folds. */
    record Mark(long sequence, Instant recordedAt, Instant occurredUntil) {
    }

    /** A state to keep, as it was after the event recorded at {@code recordedAt}: its JSON is taken at once. */
    record Kept(String applicationId, long sequence, Instant recordedAt, Instant occurredUntil, String state) {
    }

    Kept keep(ApplicationState state, Instant recordedAt) {
        return new Kept(state.applicationId(), state.version(), recordedAt, state.lastOccurredAt(),
                codec.encode(state));
    }

    void insert(List<Kept> kept) {
        jdbc.batchUpdate("""
                INSERT INTO application_snapshot (application_id, sequence_number, recorded_at, occurred_until, state)
                VALUES (?, ?, ?, ?, ?)""", kept, kept.size(), (statement, snapshot) -> {
            statement.setString(1, snapshot.applicationId());
            statement.setLong(2, snapshot.sequence());
            statement.setObject(3, timestamp(snapshot.recordedAt()));
            statement.setObject(4, timestamp(snapshot.occurredUntil()));
            statement.setString(5, snapshot.state());
        });
    }

    /** The application's snapshots, oldest first, without their states. */
    List<Mark> marks(String applicationId) {
        return jdbc.query("""
                SELECT sequence_number, recorded_at, occurred_until FROM application_snapshot
                 WHERE application_id = ? ORDER BY sequence_number""",
                (rs, i) -> new Mark(rs.getLong(1), instant(rs, "recorded_at"), instant(rs, "occurred_until")),
                applicationId);
    }

    ApplicationState state(String applicationId, long sequence) {
        return jdbc.queryForObject("""
                SELECT state FROM application_snapshot WHERE application_id = ? AND sequence_number = ?""",
                (rs, i) -> codec.decodeState(rs.getString(1)), applicationId, sequence);
    }

    /** Empties the snapshots for a replay; see {@link RegisterStore#clear()} for why by {@code TRUNCATE}. */
    void clear() {
        jdbc.execute("TRUNCATE TABLE application_snapshot");
    }
}
