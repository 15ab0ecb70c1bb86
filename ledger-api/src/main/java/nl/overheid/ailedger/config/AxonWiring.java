package nl.overheid.ailedger.config;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * What Axon 4.13's auto-configuration does not wire under Spring Boot 4: it orders itself after Spring Boot 3's
 * class names, which Boot 4 moved, so it looks for Spring's transaction manager and meter registry before Boot has
 * defined them. Without this, Axon would run its units of work in no transaction at all (a projection's rows and
 * its token committed apart) and count its metrics in a registry of its own that nobody scrapes.
 */
@Configuration(proxyBeanMethods = false)
class AxonWiring {

    /**
     * Every unit of work (a command, a batch of a processor with its token) in one Spring transaction; inside a larger
     * one (an import, a group commit) in a savepoint of its own, so that a command that fails takes back only its own
     * writes and leaves the larger transaction able to commit the others (or to roll back, as the import does).
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED));
    }

    /**
     * Axon's metrics of the command bus, the event store and every processor, in the registry Prometheus reads, each
     * named {@code axon.*}: Axon's own names ({@code commandBus}, {@code eventProcessor}) do not say whose they are.
     */
    @Bean
    GlobalMetricRegistry axonMetricRegistry(MeterRegistry meters) {
        CompositeMeterRegistry axon = new CompositeMeterRegistry();
        axon.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.withName("axon." + id.getName());
            }
        });
        axon.add(meters);
        return new GlobalMetricRegistry(axon);
    }

    @Bean
    MetricsConfigurerModule axonMetrics(GlobalMetricRegistry axonMetricRegistry) {
        return new MetricsConfigurerModule(axonMetricRegistry, true);
    }
}
