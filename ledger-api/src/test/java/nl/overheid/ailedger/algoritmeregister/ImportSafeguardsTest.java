package nl.overheid.ailedger.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.algoritmeregister.ImportPlanner;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordObservedDetails;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.projections.Awaiting;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an import may not do to the ledger: leave a trace when it fails, be stopped for everyone by one registration,
 * or retire most of the register on a file that lacks it. Each test starts on a ledger of its own, because imports
 * are taken in date order and each one compares with the one before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ImportSafeguardsTest {

    private static final String ADMIN = "dev-admin-token";
    private static final String IMPORT = "/api/v1/admin/imports/algoritmeregister?snapshotDate=";

    @LocalServerPort
    private int port;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private JdbcTemplate jdbc;
    private LedgerClient client;

    @DynamicPropertySource
    static void ledgerProperties(DynamicPropertyRegistry registry) {
        TestStorage.fresh().forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void connect() {
        client = new LedgerClient("http://localhost:" + port);
    }

    @Test
    void aFailedImportLeavesNothingThatTheNextStepDecidesOn() {
        assertThat(importOf(MadeUpSnapshots.of(30, "2026-06-01"), "2026-06-01").status()).isEqualTo(200);
        ObjectNode changed = MadeUpSnapshots.of(30, "2026-06-02");
        record(changed, 1).put("status", "buiten_gebruik");
        record(changed, 7).put("title", "Testalgoritme 7, hernoemd");
        Map<String, Integer> before = ImportedRows.count(jdbc);
        Registration failing = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof RecordObservedDetails) {
                throw new IllegalStateException("fails after test-1 was observed out of use");
            }
            return chain.proceed();
        });
        try {
            assertThat(importOf(changed, "2026-06-02").status()).isEqualTo(500);
        } finally {
            failing.cancel();
        }
        assertThat(ImportedRows.count(jdbc)).isEqualTo(before);

        String id = ImportPlanner.applicationId("test-1");
        Awaiting.until(() -> client.get("/api/v1/applications/" + id, ADMIN).status() == 200, Duration.ofSeconds(10));
        assertThat(client.get("/api/v1/applications/" + id, ADMIN).json().get("phase").asText())
                .isEqualTo("PRODUCTION");
        Response suspended = client.post("/api/v1/applications/" + id + "/events", ADMIN,
                "{\"type\":\"Suspended\",\"reason\":\"onderzoek\",\"occurredAt\":\"2026-06-03T09:00:00Z\"}");
        assertThat(suspended.status()).as("never retired, so it can be suspended: " + suspended.body())
                .isEqualTo(201);
        JsonNode history = client.get("/api/v1/applications/" + id + "/history", ADMIN).json().get("items");
        JsonNode last = history.get(history.size() - 1);
        assertThat(suspended.json().get("sequence").asLong()).isEqualTo(last.get("sequence").asLong()).isEqualTo(1);
        assertThat(suspended.json().get("eventId").asText()).isEqualTo(last.get("eventId").asText());
    }

    @Test
    void aRegistrationThatConflictsIsHeldBackAndNamedWhileTheRestIsImported() {
        client.createOrganisation(ADMIN, "gemeente-eigen", "GEMEENTE");
        String taken = ImportPlanner.applicationId("test-5");
        // What a ledger before this release let an organisation do: register under an id the import derives.
        DefaultCommandGateway.builder().commandBus(commandBus).build().sendAndWait(new RegisterApplication(taken,
                "gemeente-eigen", Phase.EXPLORATION, new ApplicationDetails("Eigen toepassing", null, false, null,
                        null, Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK, null, null),
                List.of(), Instant.parse("2026-05-01T09:00:00Z")), MetaData.with(CommandMetadata.ACTOR, "test"));

        Response imported = importOf(MadeUpSnapshots.of(30, "2026-06-01"), "2026-06-01");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("registered").asInt()).isEqualTo(29);
        JsonNode heldBack = imported.json().get("heldBack");
        assertThat(heldBack).hasSize(1);
        assertThat(heldBack.get(0).get("registerId").asText()).isEqualTo("test-5");
        assertThat(heldBack.get(0).get("applicationId").asText()).isEqualTo(taken);
        assertThat(heldBack.get(0).get("title").asText()).isEqualTo("Testalgoritme 5");
        assertThat(heldBack.get(0).get("organisation").asText()).isEqualTo("Gemeente Test 5");
        assertThat(heldBack.get(0).get("reason").asText()).contains("already exists");
        Awaiting.until(() -> client.get("/api/v1/applications/" + taken, ADMIN).status() == 200,
                Duration.ofSeconds(10));
        JsonNode own = client.get("/api/v1/applications/" + taken, ADMIN).json();
        assertThat(own.get("organisationId").asText()).isEqualTo("gemeente-eigen");
        assertThat(own.get("name").asText()).isEqualTo("Eigen toepassing");

        Response again = importOf(MadeUpSnapshots.of(30, "2026-06-02"), "2026-06-02");
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(29);
        assertThat(again.json().get("heldBack").findValuesAsText("registerId")).containsExactly("test-5");
    }

    @Test
    void aSnapshotThatWouldRemoveMoreThanTheThresholdIsImportedOnlyWhenTheAdministratorConfirmsIt() {
        assertThat(importOf(MadeUpSnapshots.of(40, "2026-06-01"), "2026-06-01").status()).isEqualTo(200);
        Response withinThreshold = importOf(MadeUpSnapshots.of(39, "2026-06-02"), "2026-06-02");
        assertThat(withinThreshold.json().get("removed").asInt()).as(withinThreshold.body()).isEqualTo(1);

        Map<String, Integer> before = ImportedRows.count(jdbc);
        for (String confirmation : new String[] {"", "&confirmRemovals=37"}) {
            Response refused = importOf(MadeUpSnapshots.of(1, "2026-06-03"), "2026-06-03" + confirmation);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("invalidParams").findValuesAsText("name")).containsExactly("confirmRemovals");
            assertThat(refused.json().get("invalidParams").findValuesAsText("reason").get(0))
                    .contains("remove 38 of the 39 registrations").contains("confirmRemovals=38");
        }
        assertThat(ImportedRows.count(jdbc)).isEqualTo(before);

        Response confirmed = importOf(MadeUpSnapshots.of(1, "2026-06-03"), "2026-06-03&confirmRemovals=38");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("removed").asInt()).isEqualTo(38);
    }

    private Response importOf(ObjectNode snapshot, String dateAndParameters) {
        return client.post(IMPORT + dateAndParameters, ADMIN, snapshot.toString());
    }

    private static ObjectNode record(ObjectNode snapshot, int number) {
        return (ObjectNode) snapshot.withArray("algoritmes").get(number - 1);
    }
}
