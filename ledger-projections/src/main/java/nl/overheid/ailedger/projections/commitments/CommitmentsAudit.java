package nl.overheid.ailedger.projections.commitments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.projections.CopiedEvents;
import nl.overheid.ailedger.projections.CopiedEvents.Copied;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Compares {@code commitment_event}, of which every commitment view and the Kamer report are folds, with the event store. */
@Component
public class CommitmentsAudit {

    private final JdbcTemplate jdbc;
    private final CommitmentStore store;
    private final CommitmentCodec codec;
    private final EventStore events;

    CommitmentsAudit(JdbcTemplate jdbc, CommitmentStore store, CommitmentCodec codec, EventStore events) {
        this.jdbc = jdbc;
        this.store = store;
        this.codec = codec;
        this.events = events;
    }

    /** @param completeUpTo the read model must hold every event recorded by then; null when it need not */
    public List<String> findings(Instant completeUpTo) {
        Map<String, List<Copied>> copies = new TreeMap<>();
        for (String id : jdbc.queryForList("SELECT DISTINCT commitment_id FROM commitment_event", String.class)) {
            copies.put(id, store.allEvents(id).stream().map(row -> new Copied(row.sequence(), row.eventId(),
                    row.recordedAt().truncatedTo(ChronoUnit.MICROS), row.type(), null, codec.decode(row))).toList());
        }
        List<String> findings = new ArrayList<>();
        Map<String, List<Copied>> stored = new TreeMap<>();
        for (String aggregate : jdbc.queryForList(
                "SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = 'Commitment'", String.class)) {
            List<Copied> events;
            try {
                events = this.events.readEvents(aggregate).asStream().map(message -> {
                    CommitmentEvent event = (CommitmentEvent) message.getPayload();
                    return new Copied(message.getSequenceNumber(), message.getIdentifier(),
                            message.getTimestamp().truncatedTo(ChronoUnit.MICROS), CommitmentCodec.typeOf(event), null,
                            event);
                }).toList();
            } catch (RuntimeException unreadable) {
                findings.add(aggregate + ": its events cannot be read (" + unreadable.getClass().getSimpleName() + ")");
                continue;
            }
            if (!events.isEmpty()) {
                stored.put(((CommitmentEvent) events.get(0).payload()).commitmentId(), events);
            }
        }
        TreeSet<String> ids = new TreeSet<>(stored.keySet());
        ids.addAll(copies.keySet());
        for (String id : ids) {
            findings.addAll(CopiedEvents.compare("commitment_event", id, copies.getOrDefault(id, List.of()),
                    stored.getOrDefault(id, List.of()), completeUpTo));
        }
        return findings;
    }
}
