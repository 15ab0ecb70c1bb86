package nl.overheid.ailedger.commitment;

import static nl.overheid.ailedger.commitment.CommitmentRequests.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.core.api.commitment.CommitmentIds;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commitments as the previous release stored them, in revision 1: written into the event store as that release
 * wrote them, then read and extended through the running ledger, which must give them the meaning they had.
 */
class StoredRevision1Test extends LedgerHttpTest {

    @Autowired
    private JdbcTemplate jdbc;

    private void store(String commitmentId, long sequence, Class<?> type, String payload) {
        jdbc.update("""
                INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                meta_data, payload, payload_revision, payload_type, time_stamp)
                VALUES (?, ?, 'Commitment', ?, ?, ?, '1', ?, ?)""", CommitmentIds.aggregateId(commitmentId), sequence,
                UUID.randomUUID().toString(), "{\"actor\":\"admin-bootstrap\"}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), type.getName(), Instant.now().toString());
    }

    @Test
    void readsAnOldDemoCommitmentWithItsDueDateAndActionLineAndTakesNewStepsOnIt() {
        String id = "oud-" + UUID.randomUUID().toString().substring(0, 8);
        String organisation = "ministerie-" + id;
        client.createOrganisation(ADMIN, organisation, "RIJK");
        store(id, 0, CommitmentRegistered.class, """
                {"commitmentId":"%s","kind":"TOEZEGGING","reference":"Toezegging aan het lid Van Weerdenburg",\
                "title":"Quickscan","submitters":["Van Weerdenburg"],"adoptedOn":"2024-10-02","dueDate":"2025-06-30",\
                "responsibleOrganisationId":"%s","actionLine":"KENNIS_EN_KUNDE","occurredAt":"2024-10-02T00:00:00Z"}"""
                .formatted(id, organisation));
        store(id, 1, ProgressReported.class, """
                {"commitmentId":"%s","summary":"Nog geen uitkomst","reference":null,\
                "occurredAt":"2025-04-16T11:00:00Z"}""".formatted(id));
        ProjectionsCaughtUp.await(client, ADMIN);

        JsonNode view = client.get("/api/v1/commitments/" + id, ADMIN).json();
        assertThat(view.get("kind").asText()).isEqualTo("TOEZEGGING");
        assertThat(view.get("adoptedOn").asText()).isEqualTo("2024-10-02");
        assertThat(view.get("dueDate").asText()).isEqualTo("2025-06-30");
        assertThat(view.get("actionLine").asText()).isEqualTo("KENNIS_EN_KUNDE");
        assertThat(view.get("status").asText()).isEqualTo("OPENSTAAND");
        assertThat(view.get("overdue").asBoolean()).isTrue();
        assertThat(view.get("sources").isArray() && view.get("sources").isEmpty()).isTrue();
        assertThat(view.get("responsibleMinister").isNull()).isTrue();
        assertThat(view.at("/progress/1/summary").asText()).isEqualTo("Nog geen uitkomst");
        assertThat(view.at("/progress/1/occurredOn").asText()).isEqualTo("2025-04-16");
        assertThat(client.get("/api/v1/commitments/" + id + "?validAt=2025-06-30T12:00:00Z", ADMIN).json()
                .get("overdue").asBoolean()).isFalse();

        Response fulfilled = client.post("/api/v1/commitments/" + id + "/events", ADMIN,
                event("Fulfilled", "2025-09-01T09:00:00Z", "reference", "Kamerbrief"));
        assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(201);
        assertThat(fulfilled.json().get("sequence").asLong()).isEqualTo(2);
        assertThat(fulfilled.json().at("/commitment/status").asText()).isEqualTo("VOLDAAN");
        assertThat(fulfilled.json().at("/commitment/dueDate").asText()).isEqualTo("2025-06-30");
    }
}
