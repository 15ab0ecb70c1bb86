package nl.overheid.ailedger.projections;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A real H2 database in files, with the ledger's own migrations: what a read model's own tests run on. It stays
 * open while the test runs and is closed by {@link #close()}.
 */
public final class ReadModelDatabase implements AutoCloseable {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final JdbcTemplate jdbc;

    public ReadModelDatabase(Path directory) {
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public DataSourceTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource);
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
    }
}
