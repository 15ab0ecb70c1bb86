package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.application.ApplicationRequests;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RetireApplication;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.RoleSignedOff;
import nl.overheid.ailedger.projections.Awaiting;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A command can run inside a larger transaction (an import sends all of its commands in one). When that transaction
 * rolls back after the command's own unit of work ended, nothing of the command may outlive it: the next command on
 * the same application decides on what was stored, and its answer names the event that was stored.
 */
class RolledBackTransactionTest extends LedgerHttpTest {

    @Autowired
    private CommandBus commandBus;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;

    @Test
    void theNextCommandSeesOnlyWhatWasStoredWhenATransactionRolledBack() {
        String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String token = client.createOrganisation(ADMIN, organisation, "GEMEENTE");
        String id = UUID.randomUUID().toString();
        assertThat(client.post("/api/v1/applications", token, ApplicationRequests.registration(id, "EXPLORATION"))
                .status()).isEqualTo(201);

        var gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
        new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
            gateway.sendAndWait(new RetireApplication(id, "rolled back", Instant.parse("2025-04-25T09:00:00Z")),
                    MetaData.with(CommandMetadata.ACTOR, "test"));
            transaction.setRollbackOnly();
        });

        Response pilot = client.post("/api/v1/applications/" + id + "/events", token,
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(pilot.status()).as("never retired, so a pilot may start: " + pilot.body()).isEqualTo(201);
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, id)).containsExactly(0L, 1L);
        JsonNode history = client.get("/api/v1/applications/" + id + "/history", ADMIN).json().get("items");
        JsonNode last = history.get(history.size() - 1);
        assertThat(history).hasSize(2);
        assertThat(pilot.json().get("sequence").asLong()).isEqualTo(last.get("sequence").asLong()).isEqualTo(1);
        assertThat(pilot.json().get("eventId").asText()).isEqualTo(last.get("eventId").asText());
    }

    /** Ledgers that ran with the defect above may hold a history with a gap in its numbers (0, 2): say what is stored. */
    @Test
    void theAnswerToAWriteNamesTheSequenceAndEventThatWereStored() {
        String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String token = client.createOrganisation(ADMIN, organisation, "GEMEENTE");
        String id = UUID.randomUUID().toString();
        ApplicationDetails details = new ApplicationDetails("Chatbot", null, true, null, null,
                Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK, null, null);
        new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> eventStore.publish(
                stored(id, 0, new ApplicationRegistered(id, organisation, Phase.EXPLORATION, details,
                        Instant.parse("2025-04-22T09:00:00Z"))),
                stored(id, 2, new RoleSignedOff(id, Role.CIO, "A. Jansen", Instant.parse("2025-04-23T09:00:00Z")))));
        Awaiting.until(() -> client.get("/api/v1/applications/" + id, ADMIN).status() == 200, Duration.ofSeconds(10));

        Response pilot = client.post("/api/v1/applications/" + id + "/events", token,
                "{\"type\":\"PilotStarted\",\"occurredAt\":\"2025-05-01T09:00:00Z\"}");
        assertThat(pilot.status()).as(pilot.body()).isEqualTo(201);
        JsonNode history = client.get("/api/v1/applications/" + id + "/history", ADMIN).json().get("items");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("PilotStarted");
        assertThat(pilot.json().get("sequence").asLong()).isEqualTo(last.get("sequence").asLong()).isEqualTo(3);
        assertThat(pilot.json().get("eventId").asText()).isEqualTo(last.get("eventId").asText());
    }

    private static DomainEventMessage<ApplicationEvent> stored(String id, long sequence, ApplicationEvent event) {
        return new GenericDomainEventMessage<>("AiApplication", id, sequence, event,
                MetaData.with(CommandMetadata.ACTOR, "test"));
    }
}
