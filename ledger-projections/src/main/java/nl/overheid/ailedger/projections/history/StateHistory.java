package nl.overheid.ailedger.projections.history;

import static nl.overheid.ailedger.projections.SqlTimes.instant;
import static nl.overheid.ailedger.projections.SqlTimes.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The state of an entity at any moment in both times: folded from the latest snapshot of it that the moment allows over
 * the events after it in its {@link EventHistory}, so that a read folds fewer than {@link #EVERY} events however long
 * the history. Every {@link #EVERY}-th folded state is kept whole in {@code <kind>_snapshot}; the snapshots are apart
 * from the events, so that finding the right one reads a row per snapshot, not one per event.
 *
 * <p>A snapshot may be used at ({@code asOf}, {@code validAt}) when it was recorded by {@code asOf} and every event it
 * folds had occurred by {@code validAt}. Events are recorded in sequence order, so none at or after a snapshot recorded
 * after {@code asOf} is read.
 */
public final class StateHistory<S, E> {

    /** Every so many events an entity's state is kept whole: a read folds fewer events than this. */
    public static final int EVERY = 32;

    private final EventHistory<E> events;
    private final JdbcTemplate jdbc;
    private final String table;
    private final HistoryFold<S, E> fold;

    /** The snapshots in {@code <kindName>_snapshot} of the states folded over {@code events}. */
    public StateHistory(EventHistory<E> events, JdbcTemplate jdbc, String kindName, HistoryFold<S, E> fold) {
        this.events = events;
        this.jdbc = jdbc;
        this.table = kindName + "_snapshot";
        this.fold = fold;
    }

    /** A state to keep, as it was after the event recorded at {@code recordedAt}: its JSON is taken at once. */
    public record Snapshot(String entityId, long sequence, Instant recordedAt, Instant occurredUntil, String state) {
    }

    /** Where a snapshot was taken: after which event, recorded when, and the latest valid time it folds. */
    private record Mark(long sequence, Instant recordedAt, Instant occurredUntil) {
    }

    public EventHistory<E> events() {
        return events;
    }

    public HistoryFold<S, E> fold() {
        return fold;
    }

    /** The snapshot to keep of {@code state}, the entity's after the event recorded at {@code recordedAt}, if it is due. */
    public Optional<Snapshot> snapshotAfter(String entityId, S state, Instant recordedAt) {
        long version = fold.version(state);
        return (version + 1) % EVERY == 0
                ? Optional.of(new Snapshot(entityId, version, recordedAt, fold.occurredUntil(state), fold.encode(state)))
                : Optional.empty();
    }

    public void keep(List<Snapshot> snapshots) {
        jdbc.batchUpdate("INSERT INTO " + table
                        + " (entity_id, sequence_number, recorded_at, occurred_until, state) VALUES (?, ?, ?, ?, ?)",
                snapshots, snapshots.size(), (statement, snapshot) -> {
                    statement.setString(1, snapshot.entityId());
                    statement.setLong(2, snapshot.sequence());
                    statement.setObject(3, timestamp(snapshot.recordedAt()));
                    statement.setObject(4, timestamp(snapshot.occurredUntil()));
                    statement.setString(5, snapshot.state());
                });
    }

    /** The entity as known at {@code moment}; empty when its first event had not been recorded or occurred by then. */
    public Optional<Folded<S>> at(String entityId, ReadMoment moment) {
        Mark from = null;
        long before = Long.MAX_VALUE;
        for (Mark mark : marks(entityId)) {
            if (mark.recordedAt().isAfter(moment.asOf())) {
                before = Math.min(before, mark.sequence());
            } else if (!mark.occurredUntil().isAfter(moment.validAt())) {
                from = mark;
            }
        }
        long after = from == null ? -1 : from.sequence();
        List<HistoryEvent> rest = events.between(entityId, after, before, moment);
        if (from == null && (rest.isEmpty() || rest.get(0).sequence() != 0)) {
            return Optional.empty();
        }
        S state = from == null ? fold.initial() : state(entityId, after);
        Instant lastRecordedAt = from == null ? Instant.MIN : from.recordedAt();
        for (HistoryEvent event : rest) {
            state = fold.fold(state, events.decode(event));
            lastRecordedAt = event.recordedAt().isAfter(lastRecordedAt) ? event.recordedAt() : lastRecordedAt;
        }
        return Optional.of(new Folded<>(state, lastRecordedAt));
    }

    /** The entity with every event the history holds. */
    public Optional<Folded<S>> latest(String entityId) {
        return at(entityId, ReadMoment.EVERYTHING);
    }

    /** Empties the snapshots and the events for a replay; see {@link EventHistory#clear()}. */
    public void clear() {
        jdbc.execute("TRUNCATE TABLE " + table);
        events.clear();
    }

    private List<Mark> marks(String entityId) {
        return jdbc.query("SELECT sequence_number, recorded_at, occurred_until FROM " + table
                        + " WHERE entity_id = ? ORDER BY sequence_number",
                (rs, i) -> new Mark(rs.getLong(1), instant(rs, "recorded_at"), instant(rs, "occurred_until")), entityId);
    }

    private S state(String entityId, long sequence) {
        return jdbc.queryForObject("SELECT state FROM " + table + " WHERE entity_id = ? AND sequence_number = ?",
                (rs, i) -> fold.decode(rs.getString(1)), entityId, sequence);
    }
}
