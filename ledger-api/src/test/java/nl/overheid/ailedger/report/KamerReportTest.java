package nl.overheid.ailedger.report;

import static nl.overheid.ailedger.commitment.CommitmentRequests.application;
import static nl.overheid.ailedger.commitment.CommitmentRequests.event;
import static nl.overheid.ailedger.commitment.CommitmentRequests.registration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Six commitments across four action lines, with progress and links, reported in every format. Other test
 * classes share the database, so the checks look at this class's own commitments (ids with its prefix), and at
 * the totals as the difference its own commitments made.
 */
class KamerReportTest extends LedgerHttpTest {

    private static final String REPORT = "/api/v1/reports/kamer";
    private static final String PREFIX = "rpt-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String A = PREFIX + "-visie";
    private static final String B = PREFIX + "-lokaal";
    private static final String C = PREFIX + "-handreiking";
    private static final String D = PREFIX + "-quickscan";
    private static final String E = PREFIX + "-ingetrokken";
    private static final String F = PREFIX + "-monitor";
    private static final String TRICKY = "Eerste stand: \"monitor\", met komma; <script>alert(1)</script> & meer\nregel 2";
    private static final List<String> ACTION_LINES = List.of("Samenwerken", "Nauwgezet volgen van alle ontwikkelingen",
            "Vormgeven en toepassen wet- en regelgeving", "Vergroten kennis en kunde", "Innoveren met generatieve AI",
            "Sterk en helder toezicht houden en handhaven");

    private static JsonNode totalsBefore;
    private static String organisation;
    private static Instant asOf;

    @BeforeEach
    void buildTheCommitmentsOnce() {
        if (asOf != null) {
            return;
        }
        totalsBefore = json(REPORT).get("totals");
        organisation = PREFIX + "-bzk";
        String token = client.createOrganisation(ADMIN, organisation, "RIJK");
        String chatbot = UUID.randomUUID().toString();
        String summaries = UUID.randomUUID().toString();
        created(client.post("/api/v1/applications", token, application(chatbot, "Chatbot op eigen servers", "PILOT")));
        created(client.post("/api/v1/applications", token, application(summaries, "Samenvatten", "EXPLORATION")));

        register(A, "MOTIE", "Kamerstuk 26 643, nr. 1003", "Integrale visie op generatieve AI", "SAMENWERKEN",
                "2023-04-11", "2024-01-31", List.of("Dekker-Abdulaziz", "Rajkowski"));
        post(A, token, event("ProgressReported", "2023-12-11T11:00:00Z", "summary", "Voorlopig standpunt gedeeld",
                "reference", "Kamerbrief december 2023"));
        post(A, token, event("Fulfilled", "2024-01-18T11:00:00Z", "reference", "Overheidsbrede visie generatieve AI"));

        register(B, "MOTIE", "Kamerstuk 26 643, nr. 1293", "Modellen lokaal op overheidssystemen", "INNOVEREN",
                "2025-02-11", "2025-06-30", List.of("Six Dijkstra"));
        post(B, token, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", chatbot));
        post(B, token, event("PartlyFulfilled", "2025-04-24T11:00:00Z", "reference", "Standpunt 2025",
                "summary", "Lokaal draaien aangemoedigd, niet verplicht"));

        register(C, "TOEZEGGING", "Visie generatieve AI", "Handreiking generatieve AI", "KENNIS_EN_KUNDE",
                "2024-01-18", "2030-12-31", List.of());
        post(C, token, event("ProgressReported", "2025-04-16T11:00:00Z", "summary", "Handreiking in voorbereiding"));

        register(D, "TOEZEGGING", "Toezegging aan het lid Van Weerdenburg", "Quickscan impact op personeel",
                "KENNIS_EN_KUNDE", "2024-01-18", "2024-12-31", List.of("Van Weerdenburg"));
        post(D, token, event("DueDateChanged", "2024-12-01T11:00:00Z", "dueDate", "2025-03-31",
                "reason", "Meer tijd nodig"));

        register(E, "TOEZEGGING", "Visie generatieve AI", "Aparte regeling voor pilots", "SAMENWERKEN",
                "2024-01-18", "2024-12-31", List.of());
        post(E, token, event("Withdrawn", "2024-06-01T11:00:00Z", "reason", "Opgegaan in het standpunt"));

        register(F, "MOTIE", "Kamerstuk 26 643, nr. 9999", "Monitor <b>overheidsbreed</b>", "TOEZICHT_EN_HANDHAVING",
                "2025-04-16", "2030-04-30", List.of("=HYPERLINK(\"x\")"));
        post(F, token, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", summaries));
        post(F, ADMIN, event("ProgressReported", "2025-09-01T11:00:00Z", "summary", TRICKY));
        asOf = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void register(String id, String kind, String reference, String title, String actionLine,
                          String adoptedOn, String dueDate, List<String> submitters) {
        created(client.post("/api/v1/commitments", ADMIN, registration(id, kind, reference, title, actionLine,
                adoptedOn, dueDate, organisation, submitters)));
    }

    private void post(String id, String token, String body) {
        created(client.post("/api/v1/commitments/" + id + "/events", token, body));
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode json(String path) {
        Response response = client.get(path, ADMIN, Map.of("Accept", "application/json"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Response report(String accept) {
        Response response = client.get(REPORT + "?asOf=" + asOf, ADMIN, Map.of("Accept", accept));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo(accept + ";charset=UTF-8");
        return response;
    }

    /** This class's commitments in one section of a JSON report, in the report's order. */
    /** The checkpoint line every format states, from the report's own JSON at the same moment. */
    private String checkpointText() {
        JsonNode checkpoint = json(REPORT + "?asOf=" + asOf).get("checkpoint");
        return checkpoint.isNull() ? "Controlepunt: nog niet beschikbaar"
                : "Controlepunt: boomgrootte " + checkpoint.get("treeSize").asLong() + ", wortelhash "
                        + checkpoint.get("rootHash").asText();
    }

    private static List<JsonNode> own(JsonNode report, String label) {
        JsonNode section = StreamSupport.stream(report.get("actionLines").spliterator(), false)
                .filter(s -> s.get("label").asText().equals(label)).findFirst().orElseThrow();
        return StreamSupport.stream(section.get("commitments").spliterator(), false)
                .filter(c -> c.get("id").asText().startsWith(PREFIX)).toList();
    }

    @Test
    void reportsEveryCommitmentPerActionLineInJsonFieldByField() {
        JsonNode report = json(REPORT + "?asOf=" + asOf);
        assertThat(report.get("title").asText()).isEqualTo("Voortgangsrapportage moties en toezeggingen generatieve AI");
        assertThat(report.get("asOf").asText()).isEqualTo(asOf.toString());
        JsonNode checkpoint = report.get("checkpoint");
        if (!checkpoint.isNull()) {
            assertThat(json("/api/v1/audit/checkpoints").get("items")).as("a signed checkpoint")
                    .anySatisfy(signed -> {
                        assertThat(signed.get("treeSize")).isEqualTo(checkpoint.get("treeSize"));
                        assertThat(signed.get("rootHash")).isEqualTo(checkpoint.get("rootHash"));
                        assertThat(Instant.parse(signed.get("signedAt").asText())).isBeforeOrEqualTo(asOf);
                    });
        }
        assertThat(report.at("/monitor/applications").asLong())
                .isEqualTo(json("/api/v1/monitor?asOf=" + asOf).get("applications").asLong());
        assertThat(report.get("actionLines").findValuesAsText("label")).containsExactlyElementsOf(ACTION_LINES);
        assertThat(report.get("actionLines").findValuesAsText("actionLine")).containsExactly("SAMENWERKEN",
                "ONTWIKKELINGEN_VOLGEN", "WET_EN_REGELGEVING", "KENNIS_EN_KUNDE", "INNOVEREN", "TOEZICHT_EN_HANDHAVING");

        JsonNode totals = report.get("totals");
        assertThat(totals.get("commitments").asInt() - totalsBefore.get("commitments").asInt()).isEqualTo(6);
        assertThat(totals.get("overdue").asInt() - totalsBefore.get("overdue").asInt()).isEqualTo(2);
        Map<String, Integer> added = Map.of("OPENSTAAND", 3, "DEELS_VOLDAAN", 1, "VOLDAAN", 1, "VERVALLEN", 1);
        added.forEach((status, count) -> assertThat(totals.at("/byStatus/" + status).asInt()
                - totalsBefore.at("/byStatus/" + status).asInt()).as(status).isEqualTo(count));

        List<JsonNode> samenwerken = own(report, "Samenwerken");
        assertThat(samenwerken).extracting(c -> c.get("id").asText()).containsExactly(A, E);
        JsonNode visie = samenwerken.get(0);
        assertThat(visie.get("kind").asText()).isEqualTo("MOTIE");
        assertThat(visie.get("kindLabel").asText()).isEqualTo("Motie");
        assertThat(visie.get("reference").asText()).isEqualTo("Kamerstuk 26 643, nr. 1003");
        assertThat(visie.get("title").asText()).isEqualTo("Integrale visie op generatieve AI");
        assertThat(visie.get("submitters").toString()).isEqualTo("[\"Dekker-Abdulaziz\",\"Rajkowski\"]");
        assertThat(visie.get("responsibleOrganisation").asText()).isEqualTo("Organisatie " + organisation);
        assertThat(visie.get("status").asText()).isEqualTo("VOLDAAN");
        assertThat(visie.get("statusLabel").asText()).isEqualTo("Voldaan");
        assertThat(visie.get("dueDate").asText()).isEqualTo("2024-01-31");
        assertThat(visie.get("overdue").asBoolean()).isFalse();
        assertThat(visie.at("/lastProgress/occurredAt").asText()).isEqualTo("2024-01-18T11:00:00Z");
        assertThat(visie.at("/lastProgress/summary").isNull()).isTrue();
        assertThat(visie.at("/lastProgress/reference").asText()).isEqualTo("Overheidsbrede visie generatieve AI");
        JsonNode withdrawn = samenwerken.get(1);
        assertThat(withdrawn.get("kindLabel").asText()).isEqualTo("Toezegging");
        assertThat(withdrawn.get("statusLabel").asText()).isEqualTo("Vervallen");
        assertThat(withdrawn.get("overdue").asBoolean()).isFalse();
        assertThat(withdrawn.at("/lastProgress/summary").asText()).isEqualTo("Opgegaan in het standpunt");

        JsonNode lokaal = own(report, "Innoveren met generatieve AI").get(0);
        assertThat(lokaal.get("status").asText()).isEqualTo("DEELS_VOLDAAN");
        assertThat(lokaal.get("statusLabel").asText()).isEqualTo("Deels voldaan");
        assertThat(lokaal.get("overdue").asBoolean()).isTrue();
        assertThat(lokaal.at("/lastProgress/summary").asText()).isEqualTo("Lokaal draaien aangemoedigd, niet verplicht");
        assertThat(lokaal.at("/lastProgress/reference").asText()).isEqualTo("Standpunt 2025");

        List<JsonNode> kennis = own(report, "Vergroten kennis en kunde");
        assertThat(kennis).extracting(c -> c.get("id").asText()).as("overdue first").containsExactly(D, C);
        assertThat(kennis.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(kennis.get(0).get("dueDate").asText()).isEqualTo("2025-03-31");
        assertThat(kennis.get(0).get("lastProgress").isNull()).as("a due-date change is no progress").isTrue();
        assertThat(kennis.get(1).get("statusLabel").asText()).isEqualTo("Openstaand");
        assertThat(kennis.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(kennis.get(1).at("/lastProgress/summary").asText()).isEqualTo("Handreiking in voorbereiding");

        JsonNode monitor = own(report, "Sterk en helder toezicht houden en handhaven").get(0);
        assertThat(monitor.get("title").asText()).isEqualTo("Monitor <b>overheidsbreed</b>");
        assertThat(monitor.at("/lastProgress/summary").asText()).isEqualTo(TRICKY);
        assertThat(own(report, "Nauwgezet volgen van alle ontwikkelingen")).isEmpty();
        assertThat(own(report, "Vormgeven en toepassen wet- en regelgeving")).isEmpty();
    }

    @Test
    void showsTheLinkedApplicationsWithTheirPhase() {
        JsonNode lokaal = json("/api/v1/commitments/" + B);
        assertThat(lokaal.at("/linkedApplications/0/name").asText()).isEqualTo("Chatbot op eigen servers");
        assertThat(lokaal.at("/linkedApplications/0/phase").asText()).isEqualTo("PILOT");
        assertThat(json("/api/v1/commitments/" + F).at("/linkedApplications/0/phase").asText()).isEqualTo("EXPLORATION");
    }

    @Test
    void writesOneCsvRowPerCommitmentForASpreadsheet() {
        String body = report("text/csv").body();
        assertThat(body).startsWith("\uFEFF");
        List<List<String>> records = Csv.parse(body.substring(1));
        assertThat(records.get(0)).containsExactly("Actielijn", "Soort", "Kenmerk", "Kamerstuk", "Titel", "Indieners",
                "Verantwoordelijk", "Status", "Uiterste datum", "Te laat", "Laatste voortgang",
                "Datum laatste voortgang", "Peilmoment", "Controlepunt");
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(14));
        List<List<String>> own = new ArrayList<>(records.stream().filter(r -> r.get(2).startsWith(PREFIX)).toList());
        assertThat(own).extracting(r -> r.get(2)).containsExactly(A, E, D, C, B, F);

        String bzk = "Organisatie " + organisation;
        String checkpoint = checkpointText();
        String moment = asOf.toString();
        assertThat(own.get(0)).containsExactly("Samenwerken", "Motie", A, "Kamerstuk 26 643, nr. 1003",
                "Integrale visie op generatieve AI", "Dekker-Abdulaziz en Rajkowski", bzk, "Voldaan", "2024-01-31",
                "nee", "Overheidsbrede visie generatieve AI", "2024-01-18", moment, checkpoint);
        assertThat(own.get(1)).containsExactly("Samenwerken", "Toezegging", E, "Visie generatieve AI",
                "Aparte regeling voor pilots", "", bzk, "Vervallen", "2024-12-31", "nee", "Opgegaan in het standpunt",
                "2024-06-01", moment, checkpoint);
        assertThat(own.get(2)).containsExactly("Vergroten kennis en kunde", "Toezegging", D,
                "Toezegging aan het lid Van Weerdenburg", "Quickscan impact op personeel", "Van Weerdenburg", bzk,
                "Openstaand", "2025-03-31", "ja", "Nog geen voortgang gemeld", "", moment, checkpoint);
        assertThat(own.get(3)).containsExactly("Vergroten kennis en kunde", "Toezegging", C, "Visie generatieve AI",
                "Handreiking generatieve AI", "", bzk, "Openstaand", "2030-12-31", "nee",
                "Handreiking in voorbereiding", "2025-04-16", moment, checkpoint);
        assertThat(own.get(4)).containsExactly("Innoveren met generatieve AI", "Motie", B, "Kamerstuk 26 643, nr. 1293",
                "Modellen lokaal op overheidssystemen", "Six Dijkstra", bzk, "Deels voldaan", "2025-06-30", "ja",
                "Lokaal draaien aangemoedigd, niet verplicht (Standpunt 2025)", "2025-04-24", moment, checkpoint);
        assertThat(own.get(5)).containsExactly("Sterk en helder toezicht houden en handhaven", "Motie", F, "Kamerstuk 26 643, nr. 9999",
                "Monitor <b>overheidsbreed</b>", "'=HYPERLINK(\"x\")", bzk, "Openstaand", "2030-04-30", "nee",
                TRICKY, "2025-09-01", moment, checkpoint);
    }

    @Test
    void writesMarkdownWithAHeadingAndATablePerActionLine() {
        String markdown = report("text/markdown").body();
        List<String> lines = markdown.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# Voortgangsrapportage moties en toezeggingen generatieve AI");
        assertThat(lines.stream().filter(line -> line.startsWith("# "))).hasSize(1);
        List<String> headings = lines.stream().filter(line -> line.startsWith("## ")).map(h -> h.substring(3)).toList();
        List<String> expected = new ArrayList<>(List.of("Samenvatting", "Monitor AI-toepassingen"));
        expected.addAll(ACTION_LINES);
        assertThat(headings).containsExactlyElementsOf(expected);
        assertThat(markdown).contains("Peilmoment: ").contains("(" + asOf + ")")
                .contains(checkpointText());

        List<String> samenwerken = sectionOf(lines, "## Samenwerken");
        assertThat(samenwerken).contains("| Soort | Kamerstuk | Titel | Indieners | Verantwoordelijk | Status "
                + "| Uiterste datum | Laatste voortgang |");
        assertThat(samenwerken).anyMatch(row -> row.startsWith("| Motie | Kamerstuk 26 643, nr. 1003 | Integrale "
                + "visie op generatieve AI | Dekker-Abdulaziz en Rajkowski |") && row.contains("| Voldaan | 31 januari "
                + "2024 | 18 januari 2024: Overheidsbrede visie generatieve AI |"));
        assertThat(sectionOf(lines, "## Vergroten kennis en kunde")).anyMatch(row -> row.contains("| Openstaand (te laat) |"));
        assertThat(sectionOf(lines, "## Sterk en helder toezicht houden en handhaven")).anyMatch(row -> row.contains(
                "1 september 2025: Eerste stand: \"monitor\", met komma; \\<script\\>alert(1)\\</script\\> & meer regel 2"));
        assertThat(sectionOf(lines, "## Nauwgezet volgen van alle ontwikkelingen")).anyMatch(row -> row.startsWith("Geen moties")
                || row.startsWith("| "));
    }

    private static List<String> sectionOf(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    @Test
    void rendersAWellFormedPrintableHtmlPage() {
        String html = report("text/html").body();
        Document page = Xml.parse(html);
        Element root = page.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("html");
        assertThat(root.getAttribute("lang")).isEqualTo("nl");
        assertThat(Xml.texts(page, "title")).containsExactly("Voortgangsrapportage moties en toezeggingen generatieve AI");
        assertThat(Xml.texts(page, "h1")).containsExactly("Voortgangsrapportage moties en toezeggingen generatieve AI");
        assertThat(Xml.texts(page, "h2")).containsSequence(ACTION_LINES);
        assertThat(Xml.texts(page, "style").get(0)).contains("@media print");
        assertThat(Xml.texts(page, "script")).as("text from the ledger is escaped, never markup").isEmpty();
        assertThat(Xml.texts(page, "b")).isEmpty();
        assertThat(Xml.texts(page, "p")).contains(checkpointText());
        assertThat(Xml.texts(page, "time").get(0)).contains("(" + asOf + ")");

        Element toezicht = Xml.byId(page, "section", "toezicht-en-handhaving");
        assertThat(toezicht.getElementsByTagNameNS("*", "table").getLength()).isEqualTo(1);
        assertThat(toezicht.getTextContent()).contains("Monitor <b>overheidsbreed</b>").contains(TRICKY);
        Element kennis = Xml.byId(page, "section", "kennis-en-kunde");
        assertThat(kennis.getTextContent()).contains("Openstaand (te laat)");
    }

    @Test
    void showsACommitmentOpenAndOverdueAsOfBeforeItsFulfilmentAndFulfilledAfter() {
        JsonNode timeline = json("/api/v1/commitments/" + A).get("progress");
        assertThat(timeline.findValuesAsText("type")).containsExactly("CommitmentRegistered", "ProgressReported",
                "Fulfilled");
        String beforeFulfilment = timeline.get(1).get("recordedAt").asText();
        String fulfilmentRecorded = timeline.get(2).get("recordedAt").asText();

        JsonNode before = own(json(REPORT + "?asOf=" + beforeFulfilment), "Samenwerken").get(0);
        assertThat(before.get("id").asText()).isEqualTo(A);
        assertThat(before.get("status").asText()).isEqualTo("OPENSTAAND");
        assertThat(before.get("overdue").asBoolean()).isTrue();
        assertThat(before.at("/lastProgress/summary").asText()).isEqualTo("Voorlopig standpunt gedeeld");

        JsonNode after = own(json(REPORT + "?asOf=" + fulfilmentRecorded), "Samenwerken").get(0);
        assertThat(after.get("status").asText()).isEqualTo("VOLDAAN");
        assertThat(after.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void answersJsonWithoutAcceptAndAnUnsupportedAcceptWith406() {
        Response plain = client.get(REPORT, ADMIN);
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Type")).startsWith("application/json");
        for (String accept : List.of("application/xml", "text/plain", "application/pdf")) {
            Response refused = client.get(REPORT, ADMIN, Map.of("Accept", accept));
            assertThat(refused.status()).as(accept).isEqualTo(406);
            assertThat(refused.header("Content-Type")).as(accept).startsWith("application/problem+json");
            assertThat(refused.json().get("status").asInt()).isEqualTo(406);
            assertThat(refused.json().get("detail").asText()).contains("text/csv");
        }
        Response badMoment = client.get(REPORT + "?asOf=gisteren", ADMIN);
        assertThat(badMoment.status()).isEqualTo(400);
        assertThat(badMoment.json().at("/invalidParams/0/name").asText()).isEqualTo("asOf");
    }
}
