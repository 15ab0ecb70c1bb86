package nl.overheid.ailedger.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A gzipped plain-SQL dump of a PostgreSQL database, as {@code pg_dump --inserts --no-owner --no-privileges} writes
 * it, restored over JDBC: SQL statements only, so neither psql nor a particular role is needed.
 */
final class SqlDump {

    /** The psql meta-commands pg_dump writes around a dump since 15.14; a JDBC connection takes SQL only. */
    private static final Pattern PSQL_META_COMMAND = Pattern.compile("(?m)^\\\\(un)?restrict [A-Za-z0-9]+$");

    private SqlDump() {
    }

    /** Runs the dump in one transaction on the empty database at {@code url}. */
    static void restore(Path dump, String url, String user, String password) {
        String script = PSQL_META_COMMAND.matcher(text(dump)).replaceAll("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restore " + dump + " into " + url, e);
        }
    }

    private static String text(Path dump) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
