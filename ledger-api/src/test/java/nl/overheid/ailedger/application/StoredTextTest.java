package nl.overheid.ailedger.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.projections.Awaiting;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text an earlier release stored as it came, a half surrogate pair included, is read back without failing: the API
 * refuses such text now, but what is stored stays and is served, escaped.
 */
class StoredTextTest extends LedgerHttpTest {

    @Autowired
    private CommandBus commandBus;

    @Test
    void everyReadOfAStoredUnpairedSurrogateAnswers() {
        String organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        client.createOrganisation(ADMIN, organisation, "GEMEENTE");
        String id = UUID.randomUUID().toString();
        DefaultCommandGateway.builder().commandBus(commandBus).build().sendAndWait(new RegisterApplication(id,
                organisation, Phase.PRODUCTION, new ApplicationDetails("x\ud800y", "doel \udc00 \u202e", true, null, null,
                        Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK, null, null),
                List.of(), Instant.parse("2025-05-01T09:00:00Z")), MetaData.with(CommandMetadata.ACTOR, "test"));
        Awaiting.until(() -> client.get("/api/v1/applications/" + id, ADMIN).status() != 404, Duration.ofSeconds(10));

        for (String path : List.of("/api/v1/applications/" + id, "/api/v1/applications/" + id + "/history",
                "/api/v1/applications?organisationId=" + organisation, "/api/v1/monitor",
                "/api/v1/audit/journal")) {
            Response read = client.get(path, ADMIN);
            assertThat(read.status()).as(path + ": " + read.body()).isEqualTo(200);
        }
        // H2 keeps the half pair, served escaped; PostgreSQL's driver stored '?' in the register's text columns.
        String name = TestStorage.onPostgres() ? "\"name\":\"x?y\"" : "\"name\":\"x\\ud800y\"";
        assertThat(client.get("/api/v1/applications/" + id, ADMIN).body()).containsIgnoringCase(name);
        assertThat(client.get("/api/v1/applications/" + id + "/history", ADMIN).body()).containsIgnoringCase(name);
    }
}
