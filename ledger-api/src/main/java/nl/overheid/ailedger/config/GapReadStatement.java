package nl.overheid.ailedger.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

/**
 * The read of the next events after a token that has gaps: events committed out of order by concurrent writers, which
 * the processors must still pick up. Axon asks {@code (g > ? AND g <= ?) OR g IN (gaps)}, which H2 answers by scanning
 * the whole event table (seconds per read at a million events, measured by the benchmark); this is the same set of
 * rows, with a range around it that an index of both H2 and PostgreSQL serves: every gap lies between the lowest gap
 * and the token's index, so {@code g >= lowest gap AND g <= index + batch} contains them all.
 */
final class GapReadStatement implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql(schema, gaps.size()));
        bind(statement, globalIndex, batchSize, gaps);
        return statement;
    }

    static String sql(EventSchema schema, int gaps) {
        String index = schema.globalIndexColumn();
        return "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE " + index + " >= ? AND " + index + " <= ? AND (" + index + " > ? OR " + index + " IN ("
                + String.join(",", Collections.nCopies(gaps, "?")) + ")) ORDER BY " + index + " ASC";
    }

    static void bind(PreparedStatement statement, long globalIndex, int batchSize, List<Long> gaps)
            throws SQLException {
        statement.setLong(1, Collections.min(gaps));
        statement.setLong(2, globalIndex + batchSize);
        statement.setLong(3, globalIndex);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 4, gaps.get(i));
        }
    }
}
