package nl.overheid.ailedger.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.core.api.application.ApplicationEvent;
import nl.overheid.ailedger.core.api.application.ApplicationEventTypes;
import nl.overheid.ailedger.core.json.LedgerJson;

/**
 * The clients that post events in the benchmark: each is an organisation of the data set with a credential and an
 * HTTP connection of its own, posting everyday events to its own active applications in turn. No two clients post to
 * the same application, so no request races another for an aggregate.
 */
final class IngestClients {

    private static final ObjectMapper JSON = LedgerJson.newMapper();

    private IngestClients() {
    }

    /** Gives the first {@code count} organisations of the data set a credential and a client each. */
    static List<Sender> issue(LedgerClient admin, String adminToken, SyntheticHistory history, int count) {
        List<Sender> senders = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            String organisationId = history.organisationId(o);
            LedgerClient.Response issued = admin.post("/api/v1/credentials", adminToken,
                    "{\"role\":\"ORGANISATION\",\"organisationId\":\"" + organisationId + "\",\"label\":\"benchmark\"}");
            if (issued.status() != 201) {
                throw new IllegalStateException("no credential for " + organisationId + ": " + issued);
            }
            List<Application> applications = history.applicationsOf(o).filter(SyntheticHistory::isActive)
                    .mapToObj(a -> new Application(history.applicationId(a), history.size().eventsPerApplication()))
                    .toList();
            senders.add(new Sender(new LedgerClient(admin.baseUrl()), issued.json().get("token").asText(),
                    applications));
        }
        return senders;
    }

    /** An application with the sequence number its next event will get. */
    static final class Application {

        private final String id;
        private long nextSequence;

        Application(String id, long nextSequence) {
            this.id = id;
            this.nextSequence = nextSequence;
        }

        String id() {
            return id;
        }
    }

    /** What one post did: the answer's status and, when stored, the event's sequence and recordedAt. */
    record Posted(String applicationId, long expectedSequence, int status, Instant recordedAt) {
    }

    /** One client; used by one thread at a time. */
    static final class Sender {

        private final LedgerClient http;
        private final String token;
        private final List<Application> applications;
        private int next;

        Sender(LedgerClient http, String token, List<Application> applications) {
            this.http = http;
            this.token = token;
            this.applications = applications;
        }

        LedgerClient http() {
            return http;
        }

        String token() {
            return token;
        }

        /** The application the next post goes to, and the sequence its event should get. */
        Application upcoming() {
            return applications.get(next % applications.size());
        }

        long upcomingSequence() {
            return upcoming().nextSequence;
        }

        /** Posts the next application's next everyday event. */
        Posted postNext() {
            Application application = upcoming();
            next++;
            long expected = application.nextSequence;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(1);
            ApplicationEvent event = SyntheticHistory.everyday(application.id, (int) expected, now);
            LedgerClient.Response answer = http.post("/api/v1/applications/" + application.id + "/events", token,
                    requestBody(event));
            if (answer.status() != 201) {
                return new Posted(application.id, expected, answer.status(), null);
            }
            JsonNode stored = answer.json();
            application.nextSequence = stored.get("sequence").asLong() + 1;
            return new Posted(application.id, expected, answer.status(), Instant.parse(stored.get("recordedAt").asText()));
        }
    }

    /** The REST request of an event: its fields without the application id, a detail amendment's fields flat. */
    static String requestBody(ApplicationEvent event) {
        ObjectNode fields = JSON.valueToTree(event);
        fields.remove("applicationId");
        JsonNode amendment = fields.remove("amendment");
        if (amendment instanceof ObjectNode amended) {
            fields.setAll(amended);
        }
        ObjectNode body = JSON.createObjectNode().put("type", ApplicationEventTypes.nameOf(event));
        fields.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                body.set(field.getKey(), field.getValue());
            }
        });
        return body.toString();
    }
}
