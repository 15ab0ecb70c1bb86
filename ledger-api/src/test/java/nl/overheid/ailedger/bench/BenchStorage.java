package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The size of an H2 store's files; the ledger keeps its H2 files in {@code ledger.data-dir}. */
    long h2Bytes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(properties.get("ledger.data-dir")))) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
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
