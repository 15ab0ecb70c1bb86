package nl.overheid.ailedger.projections.commitments;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.projections.history.EventHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The commitments' history: their events in {@code commitment_event}. No snapshots: a commitment has a handful of
 * events, and every view of it shows them all.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentHistory {

    static EventHistory<CommitmentEvent> of(JdbcTemplate jdbc) {
        return new EventHistory<>(jdbc, "commitment", new CommitmentEventKind());
    }

    @Bean
    EventHistory<CommitmentEvent> commitmentEventHistory(JdbcTemplate jdbc) {
        return of(jdbc);
    }
}
