package nl.overheid.ailedger.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What Axon 4.13's auto-configuration does not wire under Spring Boot 4: it orders itself after Spring Boot 3's
 * class names, which Boot 4 moved, so it looks for Spring's transaction manager and meter registry before Boot has
 * defined them. Without this, Axon would run its units of work in no transaction at all (a projection's rows and
 * its token committed apart) and count its metrics in a registry of its own that nobody scrapes.
 */
@Configuration(proxyBeanMethods = false)
class AxonWiring {

    /** Every unit of work (a command, a batch of a processor with its token) in one Spring transaction. */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /** Axon's metrics of the command bus, the event store and every processor, in the registry Prometheus reads. */
    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry meters) {
        return new GlobalMetricRegistry(meters);
    }

    @Bean
    MetricsConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }
}
