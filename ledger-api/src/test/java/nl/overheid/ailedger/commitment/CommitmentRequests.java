package nl.overheid.ailedger.commitment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Bodies of commitment requests, as a client sends them. */
public final class CommitmentRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommitmentRequests() {
    }

    public static String registration(String id, String kind, String actionLine, String adoptedOn, String dueDate,
                                      String organisationId, List<String> submitters) {
        return registration(id, kind, "Kamerstuk 26 643, nr. 1003", "Titel van " + id, actionLine, adoptedOn,
                dueDate, organisationId, submitters);
    }

    public static String registration(String id, String kind, String reference, String title, String actionLine,
                                      String adoptedOn, String dueDate, String organisationId,
                                      List<String> submitters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("kind", kind);
        body.put("reference", reference);
        body.put("title", title);
        body.put("submitters", submitters);
        body.put("adoptedOn", adoptedOn);
        body.put("dueDate", dueDate);
        body.put("responsibleOrganisationId", organisationId);
        body.put("actionLine", actionLine);
        return json(body);
    }

    /** The least an organisation sends to register a generative-AI application. */
    public static String application(String id, String name, String phase) {
        return """
                {"id": "%s", "name": "%s", "phase": "%s", "generativeAi": true, "procurement": "OWN_DEVELOPMENT",
                 "personalData": false, "sensitiveData": false, "aiActRiskClass": "MINIMAL_RISK",
                 "occurredAt": "2025-04-22T09:00:00Z"}""".formatted(id, name, phase);
    }

    /** An event body: its type, when it occurred, then name/value pairs. */
    public static String event(String type, String occurredAt, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        for (int i = 0; i < fields.length; i += 2) {
            body.put(fields[i], fields[i + 1]);
        }
        body.put("occurredAt", occurredAt);
        return json(body);
    }

    public static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
