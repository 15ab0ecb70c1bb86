package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.projections.history.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Compares the commitments' history, of which every commitment view and the Kamer report are folds, with the event store. */
@Component
public class CommitmentsAudit {

    private final JdbcTemplate jdbc;
    private final EventHistory<CommitmentEvent> history;
    private final EventStore events;

    CommitmentsAudit(JdbcTemplate jdbc, EventHistory<CommitmentEvent> history, EventStore events) {
        this.jdbc = jdbc;
        this.history = history;
        this.events = events;
    }

    /** @param completeUpTo the read model must hold every event recorded by then; null when it need not */
    public List<String> findings(Instant completeUpTo) {
        List<String> findings = new ArrayList<>();
        Map<String, String> aggregates = new TreeMap<>();
        for (String aggregate : jdbc.queryForList(
                "SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = 'Commitment'", String.class)) {
            try {
                events.readEvents(aggregate).asStream().findFirst().ifPresent(first ->
                        aggregates.put(((CommitmentEvent) first.getPayload()).commitmentId(), aggregate));
            } catch (RuntimeException unreadable) {
                findings.add(aggregate + ": its events cannot be read (" + unreadable.getClass().getSimpleName() + ")");
            }
        }
        TreeSet<String> ids = new TreeSet<>(aggregates.keySet());
        ids.addAll(history.entityIds());
        for (String id : ids) {
            String aggregate = aggregates.get(id);
            findings.addAll(history.findings(id, () -> aggregate == null ? List.<DomainEventMessage<?>>of()
                    : events.readEvents(aggregate).asStream().toList(), completeUpTo));
        }
        return findings;
    }
}
