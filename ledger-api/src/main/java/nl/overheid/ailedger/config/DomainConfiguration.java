package nl.overheid.ailedger.config;

import java.time.Clock;
import java.time.Duration;

import nl.overheid.ailedger.core.policy.ComplianceEvaluator;
import nl.overheid.ailedger.core.policy.GovernmentLayers;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicyGate;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy rule sets (validated at start-up: a bad file stops the ledger) and the ledger's clock. */
@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    @Bean
    PolicyCatalogue policyCatalogue() {
        return PolicyCatalogue.standard();
    }

    @Bean
    PolicyGate policyGate(PolicyCatalogue catalogue, GovernmentLayers layers) {
        return new PolicyGate(catalogue, layers);
    }

    @Bean
    ComplianceEvaluator complianceEvaluator(PolicyCatalogue catalogue) {
        return new ComplianceEvaluator(catalogue);
    }

    /**
     * Millisecond ticks: Axon stores an event's timestamp (recordedAt) to the millisecond, so every reader,
     * from the stored row or from the message in memory, sees the same recordedAt. Axon stamps events with
     * this clock.
     */
    @Bean
    Clock clock() {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        GenericEventMessage.clock = clock;
        return clock;
    }
}
