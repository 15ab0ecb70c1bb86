package nl.overheid.ailedger.projections.register;

import static nl.overheid.ailedger.projections.SqlTimes.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.SqlTimes;
import nl.overheid.ailedger.projections.history.EventHistory;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.HistoryJson;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register at any moment, for all applications at once: the list and the monitor read it.
 *
 * <p>Each event of an application adds a version row: the {@link ApplicationFacts} of the fold up to that
 * event in ledger order, current in transaction time from its {@code recorded_at} until the next event's
 * ({@code superseded_at}), with {@code occurred_until}, the latest valid time among the events folded. An
 * answer at ({@code asOf}, {@code validAt}) reads, per application, the version current at {@code asOf}, found
 * in a few short index ranges ({@link VersionLifetimes}):
 * <ul>
 *     <li>when its {@code occurred_until} is at or before {@code validAt}, every event it folds had occurred by
 *     then, so the version is the answer as it stands. That is the usual question (a date as the ledger knew
 *     it, {@code asOf} alone, or now) and it costs one query and no fold;</li>
 *     <li>otherwise (a {@code validAt} before the application's latest known step) the application's events in its history
 *     up to that version that had occurred by {@code validAt} are folded again: one further query, ordered by
 *     application and sequence, streamed and folded application by application, never held all at once.</li>
 * </ul>
 * Neither reads the event store. This was chosen over folding the events of every application for every
 * answer (a million events decoded per request) and over keeping only the state of now (which cannot answer
 * for the past); the price is one row of facts per event, a few hundred bytes each. A {@code validAt} long before
 * most applications' latest steps still folds most of their events: seconds for a million of them.
 */
@Repository
class ApplicationVersions {

    private static final int FOLD_FETCH_SIZE = 1_000;
    /** The versions current at {@code :asOf}, with the layer of their organisation. */
    private static final String VERSIONS_AT = """
             FROM %s
             JOIN application_version v
               ON v.lifetime_class = c.lifetime_class AND v.recorded_at > c.recorded_after
              AND v.recorded_at <= :asOf AND v.superseded_at > :asOf
             LEFT JOIN organisation_view o ON o.organisation_id = v.organisation_id
            """.formatted(VersionLifetimes.CLASSES);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate reads;
    private final NamedParameterJdbcTemplate streamingReads;
    private final TransactionTemplate readOnly;
    private final EventHistory<ApplicationEvent> events;

    ApplicationVersions(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                        StateHistory<ApplicationState, ApplicationEvent> history) {
        this.jdbc = jdbc;
        this.reads = new NamedParameterJdbcTemplate(jdbc);
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FOLD_FETCH_SIZE);
        this.streamingReads = new NamedParameterJdbcTemplate(streaming);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.events = history.events();
    }

    /** Adds versions that nothing has superseded yet, in one batch. */
    void insert(List<VersionRow> rows) {
        jdbc.batchUpdate("""
                INSERT INTO application_version (application_id, sequence_number, organisation_id, recorded_at,
                                                 superseded_at, lifetime_class, occurred_until, facts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (statement, row) -> {
            statement.setString(1, row.applicationId());
            statement.setLong(2, row.sequence());
            statement.setString(3, row.organisationId());
            statement.setObject(4, timestamp(row.recordedAt()));
            statement.setObject(5, timestamp(row.supersededAt()));
            statement.setInt(6, row.lifetimeClass());
            statement.setObject(7, timestamp(row.occurredUntil()));
            statement.setString(8, row.facts());
        });
    }

    /** Ends stored versions: each was superseded by the application's next event. */
    void supersede(List<VersionEnd> superseded) {
        jdbc.batchUpdate("""
                UPDATE application_version SET superseded_at = ?, lifetime_class = ?
                 WHERE application_id = ? AND sequence_number = ?""", superseded, superseded.size(),
                (statement, end) -> {
                    statement.setObject(1, timestamp(end.supersededAt()));
                    statement.setInt(2, end.lifetimeClass());
                    statement.setString(3, end.applicationId());
                    statement.setLong(4, end.sequence());
                });
    }

    /** Empties the versions for a replay; see {@link EventHistory#clear()} for why by {@code TRUNCATE}. */
    void clear() {
        jdbc.execute("TRUNCATE TABLE application_version");
    }

    /**
     * Every application that exists at {@code moment}, of {@code organisationId} and in {@code layer} when
     * those are given, as facts fit to judge at {@code moment.validAt()}, with the layer of its organisation.
     */
    void forEachAt(ReadMoment moment, String organisationId, GovernmentLayer layer,
                   BiConsumer<ApplicationFacts, GovernmentLayer> sink) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(VersionLifetimes.recordedAfter(moment.asOf()))
                .addValue("asOf", timestamp(moment.asOf()))
                .addValue("validAt", timestamp(moment.validAt()))
                .addValue("organisationId", organisationId)
                .addValue("layer", layer == null ? null : layer.name());
        List<String> scope = new ArrayList<>();
        if (organisationId != null) {
            scope.add("v.organisation_id = :organisationId");
        }
        if (layer != null) {
            scope.add("o.layer = :layer");
        }
        List<String> toFold = new ArrayList<>(scope);
        toFold.add("v.occurred_until > :validAt");
        readOnly.executeWithoutResult(status -> {
            boolean[] foldNeeded = {false};
            reads.query("SELECT v.occurred_until, v.facts, o.layer" + VERSIONS_AT + where(scope), parameters,
                    (RowCallbackHandler) rs -> {
                        if (SqlTimes.instant(rs, "occurred_until").isAfter(moment.validAt())) {
                            foldNeeded[0] = true;
                        } else {
                            sink.accept(HistoryJson.read(rs.getString("facts"), ApplicationFacts.class), layer(rs));
                        }
                    });
            if (foldNeeded[0]) {
                Fold fold = new Fold(sink);
                streamingReads.query("SELECT e.*, o.layer" + VERSIONS_AT + """
                        JOIN %s e
                          ON e.entity_id = v.application_id AND e.sequence_number <= v.sequence_number
                         AND e.occurred_at <= :validAt""".formatted(events.table()) + where(toFold)
                                + " ORDER BY e.entity_id, e.sequence_number", parameters, fold);
                fold.emit();
            }
        });
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static GovernmentLayer layer(ResultSet rs) throws SQLException {
        String layer = rs.getString("layer");
        return layer == null ? null : GovernmentLayer.valueOf(layer);
    }

    /**
     * Folds the rows of the valid-time query application by application. An application whose registration
     * had not occurred by {@code validAt} has no rows (no step can occur before the registration) and does not
     * exist at that moment.
     */
    private final class Fold implements RowCallbackHandler {

        private final BiConsumer<ApplicationFacts, GovernmentLayer> sink;
        private String applicationId;
        private GovernmentLayer layer;
        private ApplicationState state;

        Fold(BiConsumer<ApplicationFacts, GovernmentLayer> sink) {
            this.sink = sink;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            HistoryEvent event = EventHistory.row(rs);
            if (!event.entityId().equals(applicationId)) {
                emit();
                applicationId = event.entityId();
                layer = layer(rs);
                state = event.sequence() == 0 ? ApplicationState.NONE : null;
            }
            if (state != null) {
                state = state.fold(events.decode(event));
            }
        }

        /** Hands on the application folded last; called once the rows are through. */
        void emit() {
            if (state != null) {
                sink.accept(ApplicationFacts.of(state), layer);
                state = null;
            }
        }
    }
}
