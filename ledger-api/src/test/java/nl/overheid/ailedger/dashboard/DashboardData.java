package nl.overheid.ailedger.dashboard;

import static nl.overheid.ailedger.commitment.CommitmentRequests.event;
import static nl.overheid.ailedger.commitment.CommitmentRequests.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.commitment.CommitmentRequests;

/**
 * What the dashboard test shows, posted through the API as organisations and an admin would: organisations of
 * five government layers, twelve applications in every phase from 2024 to 2026, and five commitments of which
 * two are overdue. Their dates differ per quarter, so the monitor of March 2025 differs from today's.
 */
final class DashboardData {

    static final String ADMIN = "dev-admin-token";
    static final String MINISTRY = "min-bzk";
    /** A toezegging with only what a source gives: no adoption date, bewindspersoon or due date. */
    static final String QUICKSCAN = "toezegging-quickscan-van-weerdenburg";
    static final int APPLICATIONS = 12;

    final String analyst;
    final String auditor;
    /** Woo summaries of the gemeente: from exploration through pilot to a compliant production, seven events. */
    final String compliant;
    /** The provincie's chatbot, registered as existing use without the standpunt's steps: overdue now. */
    final String existingUse;
    final List<String> applications = new ArrayList<>();

    private final LedgerClient client;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    DashboardData(LedgerClient client) {
        this.client = client;
        organisation(MINISTRY, "Ministerie van BZK", "RIJK");
        organisation("gemeente-utrecht", "Gemeente Utrecht", "GEMEENTE");
        organisation("provincie-zeeland", "Provincie Zeeland", "PROVINCIE");
        organisation("waterschap-aa", "Waterschap Aa en Maas", "WATERSCHAP");
        organisation("uwv", "UWV", "UITVOERINGSORGANISATIE");

        compliant = application("gemeente-utrecht", "Samenvatten van Woo-verzoeken", "EXPLORATION", "2024-02-01", "NL",
                "ON_PREMISES", "OWN_DEVELOPMENT", true);
        post(compliant, event("PilotStarted", "2024-05-01T09:00:00Z"));
        post(compliant, event("RiskAnalysisSubmitted", "2024-06-01T09:00:00Z", "analysisId", "dpia-1", "kind", "DPIA",
                "documentRef", "https://intranet.example/dpia-1.pdf",
                "documentSha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        post(compliant, event("RiskAnalysisApproved", "2024-06-10T09:00:00Z", "analysisId", "dpia-1", "approverRole", "FG"));
        post(compliant, event("RoleSignedOff", "2024-06-11T09:00:00Z", "role", "CIO", "signedBy", "A. Jansen"));
        post(compliant, event("RoleSignedOff", "2024-06-12T09:00:00Z", "role", "FG", "signedBy", "B. de Vries"));
        post(compliant, event("MovedToProduction", "2024-07-01T09:00:00Z"));

        existingUse = application("provincie-zeeland", "Chatbot voor vergunningvragen", "PRODUCTION", "2025-01-15",
                "NON_EU", "NON_EU_CLOUD", "CONTRACTED", true);
        application("uwv", "Classificatie van binnenkomende post", "PILOT", "2025-03-01", "EU", "EU_CLOUD",
                "OWN_DEVELOPMENT", false);
        String retired = application("waterschap-aa", "Assistent voor beleidsteksten", "EXPLORATION", "2025-06-01",
                "NL", "ON_PREMISES", "OWN_DEVELOPMENT", true);
        post(retired, event("Retired", "2025-09-01T09:00:00Z", "reason", "Verkenning afgerond"));
        String suspended = application("uwv", "Spraak naar tekst bij klantgesprekken", "PILOT", "2025-08-01", "EU",
                "GOVERNMENT_CLOUD", "OWN_DEVELOPMENT", true);
        post(suspended, event("Suspended", "2025-10-01T09:00:00Z", "reason", "Incident onderzoeken"));
        application(MINISTRY, "Zoeken in Kamerstukken", "EXPLORATION", "2024-10-01", "EU", "ON_PREMISES",
                "OWN_DEVELOPMENT", true);
        application(MINISTRY, "Concepten voor antwoorden op Kamervragen", "PILOT", "2025-05-01", "NL",
                "GOVERNMENT_CLOUD", "OWN_DEVELOPMENT", true);
        application(MINISTRY, "Vertaalhulp", "PRODUCTION", "2024-03-01", "NON_EU", "NON_EU_CLOUD", "CONTRACTED", true);
        application("gemeente-utrecht", "Notuleren van raadsvergaderingen", "EXPLORATION", "2026-01-10", "NL",
                "ON_PREMISES", "OWN_DEVELOPMENT", true);
        application("gemeente-utrecht", "Routeplanning afvalinzameling", "PILOT", "2024-12-01", "EU", "EU_CLOUD",
                "CONTRACTED", false);
        application("provincie-zeeland", "Samenvatten van zienswijzen", "EXPLORATION", "2025-11-01", "EU",
                "EU_CLOUD", "OWN_DEVELOPMENT", true);
        application("waterschap-aa", "Peilbeheer met voorspellingen", "PILOT", "2026-02-01", "NL", "ON_PREMISES",
                "OWN_DEVELOPMENT", false);

        commitment("motie-visie", "MOTIE", "SAMENWERKEN", "2023-04-11", "2024-01-31");
        created(client.post("/api/v1/commitments/motie-visie/events", ADMIN,
                event("Fulfilled", "2024-01-18T11:00:00Z", "reference", "Overheidsbrede visie generatieve AI")));
        commitment("toezegging-quickscan", "TOEZEGGING", "KENNIS_EN_KUNDE", "2024-01-18", "2025-03-31");
        commitment("motie-lokaal", "MOTIE", "INNOVEREN", "2025-02-11", "2025-06-30");
        created(client.post("/api/v1/commitments/motie-lokaal/events", ADMIN, event("PartlyFulfilled",
                "2025-04-24T11:00:00Z", "reference", "Standpunt 2025", "summary", "Lokaal draaien aangemoedigd")));
        commitment("toezegging-handreiking", "TOEZEGGING", "KENNIS_EN_KUNDE", "2024-01-18", "2030-12-31");
        created(client.post("/api/v1/commitments/toezegging-handreiking/events", ADMIN,
                event("ProgressReported", "2025-04-16T11:00:00Z", "summary", "Handreiking in voorbereiding")));
        Map<String, Object> quickscan = new LinkedHashMap<>();
        quickscan.put("id", QUICKSCAN);
        quickscan.put("kind", "TOEZEGGING");
        quickscan.put("title", "QuickScan naar de impact van generatieve AI op (IT-)overheidspersoneel");
        quickscan.put("submitters", List.of("Van Weerdenburg"));
        quickscan.put("firstNamedOn", "2023-11-06");
        quickscan.put("responsibleOrganisationId", MINISTRY);
        quickscan.put("sources", List.of("2023-11-06-beslisnota-voorlopig-standpunt.txt"));
        created(client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(quickscan)));
        created(client.post("/api/v1/commitments/" + QUICKSCAN + "/events", ADMIN, """
                {"type": "Fulfilled", "reference": "Kamerbrief voorlopig standpunt", "occurredOn": "2023-12"}"""));

        analyst = credential("ANALYST", "Analist CIO Rijk");
        auditor = credential("AUDITOR", "Auditor Auditdienst Rijk");
    }

    private void organisation(String id, String name, String layer) {
        Response created = client.post("/api/v1/organisations", ADMIN,
                "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"layer\": \"" + layer + "\"}");
        tokens.put(id, created(created).json().get("apiToken").asText());
    }

    private String application(String organisation, String name, String phase, String date, String origin,
                               String hosting, String procurement, boolean generativeAi) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", name);
        body.put("purpose", name + " met AI");
        body.put("phase", phase);
        body.put("generativeAi", generativeAi);
        body.put("model", Map.of("name", "GPT-NL", "provider", "TNO/SURF/NFI", "openSource", "NL".equals(origin),
                "origin", origin));
        body.put("hosting", hosting);
        body.put("procurement", procurement);
        body.put("personalData", true);
        body.put("sensitiveData", false);
        body.put("aiActRiskClass", generativeAi ? "LIMITED_RISK" : "HIGH_RISK");
        body.put("occurredAt", date + "T09:00:00Z");
        created(client.post("/api/v1/applications", tokens.get(organisation), CommitmentRequests.json(body)));
        applications.add(id);
        return id;
    }

    private void post(String application, String body) {
        String owner = client.get("/api/v1/applications/" + application, ADMIN).json().get("organisationId").asText();
        created(client.post("/api/v1/applications/" + application + "/events", tokens.get(owner), body));
    }

    private void commitment(String id, String kind, String actionLine, String adoptedOn, String dueDate) {
        created(client.post("/api/v1/commitments", ADMIN, registration(id, kind, actionLine, adoptedOn, dueDate,
                MINISTRY, List.of("Kamerlid " + id))));
    }

    private String credential(String role, String label) {
        return created(client.post("/api/v1/credentials", ADMIN,
                "{\"role\": \"" + role + "\", \"label\": \"" + label + "\"}")).json().get("token").asText();
    }

    private static Response created(Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("the test data was refused: " + response);
        }
        return response;
    }
}
