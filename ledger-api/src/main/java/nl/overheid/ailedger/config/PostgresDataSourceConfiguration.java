package nl.overheid.ailedger.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * PostgreSQL from {@code spring.datasource.*}, as Spring Boot would build it, but defined here: Axon 4.13's JDBC
 * auto-configuration (token store, persistence exception resolver) only applies when a DataSource is defined before it,
 * and it orders itself after Spring Boot 3's name for the DataSource auto-configuration, which Boot 4 moved. A
 * DataSource of Boot's own would leave Axon without its JDBC token store.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class PostgresDataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
