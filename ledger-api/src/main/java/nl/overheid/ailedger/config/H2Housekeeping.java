package nl.overheid.ailedger.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gives the space of the embedded H2 file back. H2 writes each commit as a new chunk and an old chunk can be reused
 * only once none of its pages is live. Its background thread rewrites the few live pages of mostly empty chunks, but
 * {@code WRITE_DELAY=0}, which the embedded default needs so that an acknowledged event survives a killed process,
 * turns that thread off: without this the file grows with every commit until the ledger is closed (h2database issues
 * #442 and #3848).
 *
 * <p>While the ledger runs, this rewrites a little every second, so the file stops growing; but it does not shrink,
 * and after a bulk load or a replay most of it is chunks H2 freed (a 100,000-event store: 2,280 MB, of which 103 MB
 * live). When the ledger stops, after everything else has, {@code SHUTDOWN COMPACT} writes the live data into a file
 * of its own, so a stopped ledger takes what its data takes.
 */
class H2Housekeeping implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    /** Compact while fewer than this percentage of the bytes in the file's chunks are live. */
    private static final int TARGET_FILL_RATE = 90;

    /** Live bytes rewritten per run at most: commits wait while H2 rewrites, so each run stays short. */
    private static final int REWRITE_BYTES = 4 << 20;

    private final DataSource dataSource;
    private final Path dir;
    private volatile boolean running;

    H2Housekeeping(DataSource dataSource, Path dir) {
        this.dataSource = dataSource;
        this.dir = dir;
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
    void compact() {
        if (!running) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            store(connection).compact(TARGET_FILL_RATE, REWRITE_BYTES);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not compact the H2 file; trying again at the next run", e);
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Closes the store with its live data written anew; the ledger's other parts have stopped by then. */
    @Override
    public void stop() {
        running = false;
        long before = fileSize();
        long started = System.nanoTime();
        try {
            shutDownCompact();
        } catch (SQLException e) {
            LOG.warn("Could not compact the H2 file as the ledger stopped; it keeps the size it had", e);
            return;
        }
        DataDirectory.restrictStoreFiles(dir);
        LOG.info("Compacted the H2 file from {} to {} bytes in {} ms as the ledger stopped", before, fileSize(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The last to stop: nothing of the ledger uses the store after this. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    private void shutDownCompact() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        try {
            connection.close();
        } catch (SQLException closedByShutdown) {
            // SHUTDOWN closed every session of the store, this one too: the pool cannot reset it and drops it
        }
    }

    private long fileSize() {
        try {
            return Files.size(dir.resolve("ledger.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MVStore store(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}
