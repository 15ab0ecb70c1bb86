package nl.overheid.ailedger.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register's list, narrowed to an organisation of each test's own (other test classes share the ledger). */
class ApplicationListApiTest extends LedgerHttpTest {

    private String organisation;
    private String token;
    private final List<String> ids = new ArrayList<>();
    private Instant afterFirstTwo;

    @BeforeEach
    void registerThreeApplications() {
        organisation = "org-" + UUID.randomUUID().toString().substring(0, 8);
        token = client.createOrganisation(ADMIN, organisation, "WATERSCHAP");
        for (int i = 0; i < 3; i++) {
            ids.add(UUID.randomUUID().toString());
            if (i == 2) {
                afterFirstTwo = Instant.now();
            }
            Response registered = client.post("/api/v1/applications", token,
                    ApplicationRequests.registration(ids.get(i), i == 0 ? "PILOT" : "EXPLORATION"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
        ids.sort(String::compareTo);
    }

    private JsonNode list(String query) {
        Response response = client.get("/api/v1/applications?organisationId=" + organisation + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void pagesThroughTheApplicationsOfAnOrganisationInIdOrder() {
        JsonNode all = list("");
        assertThat(all.get("items").findValuesAsText("id")).containsExactlyElementsOf(ids);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("page").asInt()).isEqualTo(1);
        assertThat(all.get("pageSize").asInt()).isEqualTo(50);
        assertThat(all.at("/items/0/layer").asText()).isEqualTo("WATERSCHAP");

        JsonNode second = list("&pageSize=2&page=2");
        assertThat(second.get("items").findValuesAsText("id")).containsExactly(ids.get(2));
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(list("&pageSize=2&page=3").get("items")).isEmpty();
    }

    @Test
    void filtersOnPhaseLayerAndMoment() {
        assertThat(list("&phase=PILOT").get("total").asLong()).isEqualTo(1);
        assertThat(list("&phase=EXPLORATION&layer=WATERSCHAP&generativeAi=true").get("total").asLong()).isEqualTo(2);
        assertThat(list("&layer=RIJK").get("total").asLong()).isZero();
        assertThat(list("&complianceStatus=NOT_APPLICABLE&aiActRiskClass=MINIMAL_RISK").get("total").asLong())
                .isEqualTo(3);
        assertThat(list("&asOf=" + afterFirstTwo).get("total").asLong()).isEqualTo(2);
        assertThat(list("&validAt=2025-04-21T00:00:00Z").get("total").asLong()).isZero();
    }

    @Test
    void refusesBadParametersWithAProblemNamingThem() {
        Map<String, String> bad = Map.of(
                "pageSize=501", "pageSize",
                "pageSize=0", "pageSize",
                "page=0", "page",
                "page=two", "page",
                "phase=FOO", "phase",
                "layer=KABINET", "layer",
                "complianceStatus=GOOD", "complianceStatus",
                "generativeAi=maybe", "generativeAi",
                "asOf=yesterday", "asOf",
                "validAt=2025-13-01T00:00:00Z", "validAt");
        List<String> failures = new ArrayList<>();
        bad.forEach((query, name) -> {
            Response response = client.get("/api/v1/applications?" + query, token);
            if (response.status() != 400 || !response.header("Content-Type").startsWith("application/problem+json")
                    || !name.equals(response.json().at("/invalidParams/0/name").asText())) {
                failures.add(query + " -> " + response.status() + " " + response.body());
            }
        });
        assertThat(failures).isEmpty();
        assertThat(list("&pageSize=500").get("total").asLong()).isEqualTo(3);
    }
}
