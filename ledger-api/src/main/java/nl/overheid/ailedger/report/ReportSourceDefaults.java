package nl.overheid.ailedger.report;

import java.util.Optional;

import nl.overheid.ailedger.projections.commitments.MonitorSummarySource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Empty sources for the report while no monitor or sealing read model provides them. An auto-configuration
 * (listed in META-INF/spring), because only there is {@code @ConditionalOnMissingBean} judged after every bean
 * of the application is known, however that bean is declared.
 */
@AutoConfiguration
class ReportSourceDefaults {

    @Bean
    @ConditionalOnMissingBean
    MonitorSummarySource noMonitorSummary() {
        return asOf -> Optional.empty();
    }
}
