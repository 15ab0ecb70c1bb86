package nl.overheid.ailedger.projections.register;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.history.EventHistory;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The applications' history: their events in {@code application_event}, snapshots in {@code application_snapshot}. */
@Configuration(proxyBeanMethods = false)
class ApplicationHistory {

    static StateHistory<ApplicationState, ApplicationEvent> of(JdbcTemplate jdbc) {
        return new StateHistory<>(new EventHistory<>(jdbc, "application", new ApplicationEventKind()), jdbc,
                "application", new ApplicationFold());
    }

    @Bean
    StateHistory<ApplicationState, ApplicationEvent> applicationStateHistory(JdbcTemplate jdbc) {
        return of(jdbc);
    }
}
