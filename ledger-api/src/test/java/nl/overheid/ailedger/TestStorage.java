package nl.overheid.ailedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fresh storage for a ledger under test: a new H2 directory, or, when the tests run with
 * {@code -Dledger.test.postgres.url=...} (the Maven profile {@code postgres}), a new PostgreSQL database.
 * The same properties started twice are the same storage, for restart tests.
 */
public final class TestStorage {

    private static final String PG_URL = System.getProperty("ledger.test.postgres.url", "");
    private static final String PG_USER = System.getProperty("ledger.test.postgres.user", "");
    private static final String PG_PASSWORD = System.getProperty("ledger.test.postgres.password", "");

    private TestStorage() {
    }

    public static boolean onPostgres() {
        return !PG_URL.isBlank();
    }

    /** Spring properties of a ledger on fresh, empty storage, without demo data. */
    public static Map<String, String> fresh() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ledger.data-dir", newDirectory().toString());
        properties.put("ledger.demo-data", "false");
        // Every client of the suite is 127.0.0.1, and many tests send unknown tokens on purpose: the throttle on
        // refused tokens has a test of its own (RefusedTokensTest).
        properties.put("ledger.security.refused-tokens-per-minute", "100000");
        if (onPostgres()) {
            String database = "ledger_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            createDatabase(database);
            properties.put("spring.profiles.active", "postgres");
            properties.put("spring.datasource.url", PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + database);
            properties.put("spring.datasource.username", PG_USER);
            properties.put("spring.datasource.password", PG_PASSWORD);
            // Spring keeps the suite's contexts open, each with a pool of its own: idle connections go back, so
            // that the whole suite stays within PostgreSQL's connection limit.
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
            properties.put("ledger.security.bootstrap-admin-token", "dev-admin-token");
            properties.put("ledger.security.require-explicit-admin-token", "false");
        }
        return properties;
    }

    /** The same properties as command-line arguments, followed by {@code extra} ones. */
    public static String[] asArguments(Map<String, String> properties, String... extra) {
        return Stream.concat(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
                Stream.of(extra)).toArray(String[]::new);
    }

    /** The storage itself, as a database administrator reaches it while no ledger runs on it. */
    public static JdbcTemplate database(Map<String, String> properties) {
        return new JdbcTemplate(properties.containsKey("spring.datasource.url")
                ? new DriverManagerDataSource(properties.get("spring.datasource.url"),
                        properties.get("spring.datasource.username"), properties.get("spring.datasource.password"))
                : new DriverManagerDataSource("jdbc:h2:file:" + dataDir(properties).resolve("ledger")
                        + ";WRITE_DELAY=0", "sa", ""));
    }

    public static Path dataDir(Map<String, String> properties) {
        return Path.of(properties.get("ledger.data-dir"));
    }

    private static void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("ledger-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
