package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.ProjectionsCaughtUp;

/** Checks that the read models a ledger holds are what a fresh replay of its events makes of them. */
public final class Replays {

    private static final String ADMIN = "dev-admin-token";

    private Replays() {
    }

    public static void assertReadModelsEqualAFreshReplay(LedgerClient client, List<String> applications) {
        ProjectionsCaughtUp.await(client, ADMIN);
        Instant moment = Instant.now();
        Map<String, String> before = answers(client, applications, moment);
        assertThat(client.post("/api/v1/admin/projections/replay", ADMIN, "").status()).isEqualTo(202);
        ProjectionsCaughtUp.await(client, ADMIN);
        assertThat(answers(client, applications, moment)).isEqualTo(before);
    }

    static void assertVerificationOk(LedgerClient client) {
        ProjectionsCaughtUp.await(client, ADMIN);
        assertThat(client.get("/api/v1/audit/verification", ADMIN).json().get("ok").asBoolean())
                .as("every stored event matches its sealed leaf").isTrue();
    }

    private static Map<String, String> answers(LedgerClient client, List<String> applications, Instant moment) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("monitor", client.get("/api/v1/monitor?asOf=" + moment, ADMIN).body());
        answers.put("register", client.get("/api/v1/applications?pageSize=500&asOf=" + moment, ADMIN).body());
        for (String id : applications) {
            answers.put(id, client.get("/api/v1/applications/" + id, ADMIN).body());
            answers.put(id + "/history", client.get("/api/v1/applications/" + id + "/history", ADMIN).body());
        }
        return answers;
    }
}
