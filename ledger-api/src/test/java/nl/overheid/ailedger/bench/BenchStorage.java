package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import nl.overheid.ailedger.TestStorage;
import org.flywaydb.core.Flyway;
import org.springframework.util.FileSystemUtils;

/**
 * Where a ledger under measurement keeps its data, and plain JDBC access to the same database for the baselines:
 * H2 files in a directory of its own, or a fresh PostgreSQL database (see {@link TestStorage}).
 *
 * @param properties the ledger's Spring properties for this storage
 */
record BenchStorage(String database, Map<String, String> properties, String jdbcUrl, String user, String password) {

    /**
     * H2 files in {@code dir}, opened with the settings of the ledger's embedded default (WRITE_DELAY=0: every commit
     * is written to the file before it returns), so that the baselines run on the same H2 as the ledger.
     */
    static BenchStorage h2(Path dir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ledger.data-dir", dir.toAbsolutePath().toString());
        properties.put("ledger.demo-data", "false");
        return new BenchStorage("H2", properties,
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                "sa", "");
    }

    /** A new PostgreSQL database; needs {@code -Dledger.test.postgres.url=...} (see {@link TestStorage}). */
    static BenchStorage postgres() {
        Map<String, String> properties = TestStorage.fresh();
        return new BenchStorage("PostgreSQL", properties, properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** The ledger's schema, from its own migrations, for baselines on a database no ledger has opened. */
    void migrate() {
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration").load().migrate();
    }

    /**
     * Makes sure no ledger holds an H2 store any more, before the jar is started on it. A ledger that ran in this JVM
     * (the filler) can leave the database open after its context closed: a worker still busy past a shutdown timeout
     * keeps a pooled connection, which H2 cannot abort and which the closed pool does not close when it comes back.
     * SHUTDOWN closes the database with all its sessions in this JVM; the store file must then be unlocked.
     * Nothing to do on PostgreSQL, which serves many clients at once.
     */
    void release() {
        if (properties.containsKey("spring.datasource.url")) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot shut down the H2 store in " + properties.get("ledger.data-dir"), e);
        }
        Path file = Path.of(properties.get("ledger.data-dir"), "ledger.mv.db");
        if (locked(file)) {
            throw new IllegalStateException(file + " is still locked after SHUTDOWN, so the ledger could not open it");
        }
    }

    /** Whether a process holds the lock H2 takes on its store file, tried the way H2 takes it. */
    private static boolean locked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of an H2 store's files; the ledger keeps its H2 files in {@code ledger.data-dir}. */
    long h2Bytes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(properties.get("ledger.data-dir")))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /**
     * The H2 files after {@code SHUTDOWN COMPACT}: what the store's live data takes, without the chunks H2 freed but
     * did not give back. Rewrites the store; measured last, before it is discarded.
     */
    long compacted() throws SQLException, IOException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        return h2Bytes();
    }

    /** Gives back the disk: drops the PostgreSQL database, or deletes the H2 files (gigabytes for a large store). */
    void discard() throws IOException {
        if (!properties.containsKey("spring.datasource.url")) {
            FileSystemUtils.deleteRecursively(Path.of(properties.get("ledger.data-dir")));
            return;
        }
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(System.getProperty("ledger.test.postgres.url"),
                user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark database " + name, e);
        }
    }
}
