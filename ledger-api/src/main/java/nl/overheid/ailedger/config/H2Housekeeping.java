package nl.overheid.ailedger.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gives the space of the embedded H2 file back while the ledger runs. H2 writes each commit as a new chunk and an
 * old chunk can be reused only once none of its pages is live. Its background thread rewrites the few live pages of
 * mostly empty chunks, but {@code WRITE_DELAY=0}, which the embedded default needs so that an acknowledged event
 * survives a killed process, turns that thread off: without this the file grows with every commit until the ledger
 * is closed (h2database issues #442 and #3848).
 */
class H2Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    /** Compact while fewer than this percentage of the bytes in the file's chunks are live. */
    private static final int TARGET_FILL_RATE = 90;

    /** Live bytes rewritten per run at most: commits wait while H2 rewrites, so each run stays short. */
    private static final int REWRITE_BYTES = 4 << 20;

    private final DataSource dataSource;

    H2Housekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
    void compact() {
        try (Connection connection = dataSource.getConnection()) {
            store(connection).compact(TARGET_FILL_RATE, REWRITE_BYTES);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not compact the H2 file; trying again at the next run", e);
        }
    }

    private static MVStore store(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}
