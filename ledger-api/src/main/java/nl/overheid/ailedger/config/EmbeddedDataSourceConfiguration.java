package nl.overheid.ailedger.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The embedded default: H2 files under {@code ledger.data-dir}. WRITE_DELAY=0 writes every commit to the
 * file before the commit returns, so an acknowledged event survives a killed process; {@link H2Housekeeping} then
 * keeps the file from growing without bound, and compacts it when the ledger stops.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!postgres")
@EnableScheduling
class EmbeddedDataSourceConfiguration {

    @Bean
    DataSource dataSource(LedgerProperties properties) {
        Path dir = properties.dataDir().toAbsolutePath().normalize();
        DataDirectory.prepare(dir, "data directory");
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("ledger-h2");
        dataSource.setJdbcUrl("jdbc:h2:file:" + dir.resolve("ledger") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(16);
        try (Connection first = dataSource.getConnection()) {
            DataDirectory.restrictStoreFiles(dir);
        } catch (SQLException e) {
            dataSource.close();
            throw new IllegalStateException("cannot open the H2 store in " + dir, e);
        }
        return dataSource;
    }

    @Bean
    H2Housekeeping h2Housekeeping(DataSource dataSource, LedgerProperties properties) {
        return new H2Housekeeping(dataSource, properties.dataDir().toAbsolutePath().normalize());
    }
}
