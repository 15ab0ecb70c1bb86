package nl.overheid.ailedger.projections.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Projection lag per processor at {@code /actuator/prometheus}: {@code ledger_projection_lag_events} and
 * {@code ledger_projection_lag_seconds}, tagged {@code processor}; NaN while a processor has no segment claimed
 * on this node. Registered once the processors exist, which is when the context has been refreshed.
 */
@Component
class ProjectionLagMetrics {

    private final ProjectionProcessors processors;
    private final MeterRegistry meters;

    ProjectionLagMetrics(ProjectionProcessors processors, MeterRegistry meters) {
        this.processors = processors;
        this.meters = meters;
    }

    @EventListener(ContextRefreshedEvent.class)
    void register() {
        for (String name : processors.streamingProcessorNames()) {
            Gauge.builder("ledger.projection.lag.events", processors,
                            p -> p.lag(name).map(lag -> (double) lag.eventsBehind()).orElse(Double.NaN))
                    .description("Events in the store that the processor has not handled yet")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("ledger.projection.lag.seconds", processors,
                            p -> p.lag(name).map(ProjectionLag::secondsBehind).orElse(Double.NaN))
                    .description("Age of the oldest event in the store that the processor has not handled yet")
                    .tag("processor", name)
                    .register(meters);
        }
    }
}
