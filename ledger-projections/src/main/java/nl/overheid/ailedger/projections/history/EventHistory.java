package nl.overheid.ailedger.projections.history;

import static nl.overheid.ailedger.projections.SqlTimes.instant;
import static nl.overheid.ailedger.projections.SqlTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.projections.history.CopiedEvents.Copied;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events of one kind of entity (applications, commitments) in both times, each as it was recorded: a row per
 * event in {@code <kind>_event}, keyed by entity and sequence. Read models read an entity's history from here, as
 * known at any {@code asOf} and true at any {@code validAt}, instead of from the event store; {@link StateHistory} adds
 * snapshots of the folded state for kinds with long histories. {@link #findings} compares the rows with the event
 * store, whose events the sealed journal covers.
 */
public final class EventHistory<E> {

    private static final String COLUMNS = "entity_id, sequence_number, event_id, event_type, payload_revision,"
            + " occurred_at, recorded_at, actor, payload";

    private final JdbcTemplate jdbc;
    private final String table;
    private final EventKind<E> kind;

    /** The history in the table {@code <kindName>_event}. */
    public EventHistory(JdbcTemplate jdbc, String kindName, EventKind<E> kind) {
        this.jdbc = jdbc;
        this.table = kindName + "_event";
        this.kind = kind;
    }

    /** The table the history keeps its events in: for a read model that joins its own rows to them. */
    public String table() {
        return table;
    }

    /** The row of an event as a processor handed it: number {@code sequence}, recorded at {@code recordedAt}. */
    public HistoryEvent record(E event, Message<?> message, long sequence, Instant recordedAt) {
        return new HistoryEvent(kind.entityIdOf(event), sequence, message.getIdentifier(), kind.typeOf(event),
                kind.revisionOf(event), kind.occurredAtOf(event), recordedAt, actorOf(message), kind.encode(event));
    }

    public E decode(HistoryEvent stored) {
        return kind.decode(stored);
    }

    /** Adds events that the history does not hold yet, in one batch. */
    public void append(List<HistoryEvent> events) {
        jdbc.batchUpdate("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events,
                events.size(), (statement, event) -> {
                    statement.setString(1, event.entityId());
                    statement.setLong(2, event.sequence());
                    statement.setString(3, event.eventId());
                    statement.setString(4, event.type());
                    statement.setString(5, event.revision());
                    statement.setObject(6, timestamp(event.occurredAt()));
                    statement.setObject(7, timestamp(event.recordedAt()));
                    statement.setString(8, event.actor());
                    statement.setString(9, event.payload());
                });
    }

    /** Adds the event unless the history holds it already: a redelivered event changes nothing. */
    public void appendNew(HistoryEvent event) {
        if (!isRecorded(event.entityId(), event.sequence())) {
            append(List.of(event));
        }
    }

    public boolean isRecorded(String entityId, long sequence) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM " + table
                + " WHERE entity_id = ? AND sequence_number = ?", Integer.class, entityId, sequence);
        return found != null && found > 0;
    }

    /** A page of the entity's events recorded by {@code asOf}, whenever they occurred, in ledger order. */
    public List<HistoryEvent> page(String entityId, Instant asOf, long offset, int limit) {
        return jdbc.query("""
                SELECT %s FROM %s WHERE entity_id = ? AND recorded_at <= ?
                 ORDER BY sequence_number LIMIT ? OFFSET ?""".formatted(COLUMNS, table), (rs, i) -> row(rs), entityId, timestamp(asOf), limit,
                offset);
    }

    public long count(String entityId, Instant asOf) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE entity_id = ? AND recorded_at <= ?",
                Long.class, entityId, timestamp(asOf));
        return count == null ? 0 : count;
    }

    /** The entity's events known at {@code moment}: recorded by its {@code asOf}, occurred by its {@code validAt}. */
    public List<HistoryEvent> at(String entityId, ReadMoment moment) {
        return between(entityId, -1, Long.MAX_VALUE, moment);
    }

    /** The entity's events known at {@code moment} between the sequences {@code after} and {@code before}, both excluded. */
    public List<HistoryEvent> between(String entityId, long after, long before, ReadMoment moment) {
        return jdbc.query("""
                SELECT %s FROM %s WHERE entity_id = ? AND sequence_number > ? AND sequence_number < ?
                   AND recorded_at <= ? AND occurred_at <= ?
                 ORDER BY sequence_number""".formatted(COLUMNS, table), (rs, i) -> row(rs), entityId, after, before, timestamp(moment.asOf()),
                timestamp(moment.validAt()));
    }

    /** Every entity's events known at {@code moment}, entity by entity, each in ledger order. */
    public List<HistoryEvent> everyEntityAt(ReadMoment moment) {
        return jdbc.query("""
                SELECT %s FROM %s WHERE recorded_at <= ? AND occurred_at <= ?
                 ORDER BY entity_id, sequence_number""".formatted(COLUMNS, table), (rs, i) -> row(rs), timestamp(moment.asOf()),
                timestamp(moment.validAt()));
    }

    public List<String> entityIds() {
        return jdbc.queryForList("SELECT DISTINCT entity_id FROM " + table, String.class);
    }

    /**
     * Empties the history for a replay. {@code TRUNCATE}, because H2 took minutes to {@code DELETE} a million rows. On
     * PostgreSQL it is part of the reset's transaction; H2 commits the open transaction first, so on H2 a crash in the
     * moment between this and the reset of the processor's tokens leaves the read model empty until the replay is
     * asked for again.
     */
    public void clear() {
        jdbc.execute("TRUNCATE TABLE " + table);
    }

    /**
     * What differs between the history of one entity and its events in the event store, which {@code stored} reads: a
     * row that was changed, added or removed by hand is a finding. Events are compared as the ledger reads them, after
     * upcasting. The history is read first, so that an event stored in between is never taken for one it invented.
     *
     * @param completeUpTo the history must hold every event recorded by then (its processor had caught up); null
     *                     when it need not
     */
    public List<String> findings(String entityId, Supplier<List<? extends DomainEventMessage<?>>> stored,
                                 Instant completeUpTo) {
        List<Copied> copy = at(entityId, ReadMoment.EVERYTHING).stream().map(row -> new Copied(row.sequence(),
                row.eventId(), row.recordedAt().truncatedTo(ChronoUnit.MICROS), row.type(), row.actor(), decode(row)))
                .toList();
        List<Copied> events = stored.get().stream().map(message -> {
            @SuppressWarnings("unchecked")
            E event = (E) message.getPayload();
            return new Copied(message.getSequenceNumber(), message.getIdentifier(),
                    message.getTimestamp().truncatedTo(ChronoUnit.MICROS), kind.typeOf(event), actorOf(message),
                    event);
        }).toList();
        return CopiedEvents.compare(table, entityId, copy, events, completeUpTo);
    }

    /** An event row of a query that selects the history's columns, whatever else it selects. */
    public static HistoryEvent row(ResultSet rs) throws SQLException {
        return new HistoryEvent(rs.getString("entity_id"), rs.getLong("sequence_number"), rs.getString("event_id"),
                rs.getString("event_type"), rs.getString("payload_revision"), instant(rs, "occurred_at"),
                instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("payload"));
    }

    private static String actorOf(Message<?> message) {
        Object actor = message.getMetaData().get(CommandMetadata.ACTOR);
        return actor == null ? null : actor.toString();
    }
}
