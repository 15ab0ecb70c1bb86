package nl.overheid.ailedger.projections.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.history.EventHistory;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.history.StateHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares the register with the event store: {@code organisation_view} with each organisation's registration,
 * {@code application_event} with each application's events, and {@code application_current} (what the monitor and
 * the register count) with the fold of those events.
 */
@Component
public class RegisterAudit {

    private final JdbcTemplate jdbc;
    private final RegisterStore store;
    private final EventHistory<ApplicationEvent> history;
    private final EventStore events;

    RegisterAudit(JdbcTemplate jdbc, RegisterStore store, StateHistory<ApplicationState, ApplicationEvent> history,
                  EventStore events) {
        this.jdbc = jdbc;
        this.store = store;
        this.history = history.events();
        this.events = events;
    }

    /** @param completeUpTo the register must hold every event recorded by then; null when it need not */
    public List<String> findings(Instant completeUpTo) {
        List<String> findings = new ArrayList<>();
        organisations(findings, completeUpTo != null);
        for (String id : applicationIds()) {
            try {
                application(id, findings, completeUpTo);
            } catch (RuntimeException unreadable) {
                findings.add("application " + id + ": its events or rows cannot be read ("
                        + unreadable.getClass().getSimpleName() + ")");
            }
        }
        return findings;
    }

    private void organisations(List<String> findings, boolean complete) {
        Map<String, OrganisationView> rows = new LinkedHashMap<>();
        store.organisations().forEach(row -> rows.put(row.id(), row));
        for (String aggregate : aggregates("Organisation")) {
            events.readEvents(aggregate).asStream().map(DomainEventMessage::getPayload)
                    .filter(OrganisationRegistered.class::isInstance).map(OrganisationRegistered.class::cast)
                    .findFirst().ifPresent(registered -> {
                        OrganisationView row = rows.remove(registered.organisationId());
                        if (row == null && complete) {
                            findings.add("organisation_view lacks organisation " + registered.organisationId());
                        } else if (row != null && !row.equals(new OrganisationView(registered.organisationId(),
                                registered.name(), registered.layer()))) {
                            findings.add("organisation_view: organisation " + registered.organisationId()
                                    + " differs from its registration in the event store");
                        }
                    });
        }
        rows.keySet().forEach(id -> findings.add("organisation_view: organisation " + id
                + " has no registration in the event store"));
    }

    private void application(String id, List<String> findings, Instant completeUpTo) {
        long taken = history.count(id, ReadMoment.END_OF_TIME) - 1;
        List<DomainEventMessage<?>> stored = new ArrayList<>();
        findings.addAll(history.findings(id, () -> {
            events.readEvents(id).asStream().forEach(stored::add);
            return stored;
        }, completeUpTo));
        List<String> current = jdbc.query(
                "SELECT organisation_id, phase, version FROM application_current WHERE application_id = ?",
                (rs, i) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getLong(3), id);
        // application_current holds the fold of the events the register has taken, which it takes in order.
        ApplicationState folded = ApplicationState.of(stored.stream()
                .filter(message -> message.getSequenceNumber() <= taken)
                .map(message -> (ApplicationEvent) message.getPayload()).toList());
        if (current.isEmpty()) {
            if (completeUpTo != null && folded.isRegistered()) {
                findings.add("application_current lacks application " + id);
            }
        } else if (!folded.isRegistered() || !current.get(0).equals(folded.organisationId() + "/" + folded.phase() + "/"
                + folded.version())) {
            findings.add("application_current: application " + id + " differs from the fold of its events");
        }
    }

    private TreeSet<String> applicationIds() {
        TreeSet<String> ids = new TreeSet<>(aggregates("AiApplication"));
        ids.addAll(history.entityIds());
        ids.addAll(jdbc.queryForList("SELECT application_id FROM application_current", String.class));
        return ids;
    }

    private List<String> aggregates(String type) {
        return jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = ?",
                String.class, type);
    }
}
