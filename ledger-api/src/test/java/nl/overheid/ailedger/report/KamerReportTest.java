package nl.overheid.ailedger.report;

import static nl.overheid.ailedger.commitment.CommitmentRequests.application;
import static nl.overheid.ailedger.commitment.CommitmentRequests.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerHttpTest;
import nl.overheid.ailedger.commitment.CommitmentRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Seven commitments across four actielijnen and none, with progress and links, reported in every format. Other
 * test classes share the database, so the checks look at this class's own commitments (ids with its prefix), and at
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
    private static final String G = PREFIX + "-dialoog";
    private static final String NR_1125 = "Kamerstukken 2023/24, 26 643, nr. 1125";
    private static final String MINISTER = "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties";
    private static final String TRICKY = "Eerste stand: \"monitor\", met komma; <script>alert(1)</script> & meer\nregel 2";
    private static final String NO_ACTION_LINE = "Niet ingedeeld bij een actielijn van de visie";
    private static final List<String> SECTIONS = List.of("Samenwerken", "Nauwgezet volgen van alle ontwikkelingen",
            "Vormgeven en toepassen wet- en regelgeving", "Vergroten kennis en kunde", "Innoveren met generatieve AI",
            "Sterk en helder toezicht houden en handhaven", NO_ACTION_LINE);

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

        Map<String, Object> visie = registration(A, "MOTIE", "Integrale visie op generatieve AI", "SAMENWERKEN");
        visie.put("kamerstuk", Map.of("vergaderjaar", "2022-2023", "dossier", "26 643", "number", "1003"));
        visie.put("reference", "Kamerstukken 2022/23 26 643, nr. 1003");
        visie.put("submitters", List.of("Dekker-Abdulaziz", "Rajkowski"));
        visie.put("adoptedOn", "2023-04");
        visie.put("responsibleMinister", MINISTER);
        visie.put("sources", List.of("2024-01-12-beslisnota-visie-generatieve-ai.txt"));
        register(visie);
        post(A, token, event("ProgressReported", "2023-12-11T11:00:00Z", "summary", "Voorlopig standpunt gedeeld",
                "reference", "Kamerbrief december 2023"));
        post(A, token, """
                {"type": "Fulfilled", "reference": "%s", "occurredOn": "2024-01-18"}""".formatted(NR_1125));

        Map<String, Object> lokaal = registration(B, "MOTIE", "Modellen lokaal op overheidssystemen", "INNOVEREN");
        lokaal.put("reference", "Kamerstuk 2024–2025, 26 643, nr. 1293");
        lokaal.put("submitters", List.of("Six Dijkstra"));
        lokaal.put("adoptedOn", "2025-02-11");
        lokaal.put("dueDate", "2025-06-30");
        register(lokaal);
        post(B, token, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", chatbot));
        post(B, token, event("PartlyFulfilled", "2025-04-24T11:00:00Z", "reference", "Standpunt 2025",
                "summary", "Lokaal draaien aangemoedigd, niet verplicht"));

        Map<String, Object> handreiking = registration(C, "TOEZEGGING", "Handreiking generatieve AI", "KENNIS_EN_KUNDE");
        handreiking.put("adoptedOn", "2024-01-18");
        handreiking.put("dueDate", "2030-12");
        register(handreiking);
        post(C, token, event("ProgressReported", "2025-04-16T11:00:00Z", "summary", "Handreiking in voorbereiding"));

        Map<String, Object> quickscan = registration(D, "TOEZEGGING", "Quickscan impact op personeel", "KENNIS_EN_KUNDE");
        quickscan.put("submitters", List.of("Van Weerdenburg"));
        quickscan.put("firstNamedOn", "2023-11-06");
        quickscan.put("dueDate", "2024-12-31");
        register(quickscan);
        post(D, token, event("DueDateChanged", "2024-12-01T11:00:00Z", "dueDate", "2025-03", "reason", "Meer tijd"));

        Map<String, Object> ingetrokken = registration(E, "TOEZEGGING", "Aparte regeling voor pilots", "SAMENWERKEN");
        ingetrokken.put("adoptedOn", "2024-01-18");
        ingetrokken.put("dueDate", "2024-12-31");
        register(ingetrokken);
        post(E, token, """
                {"type": "Withdrawn", "reason": "Opgegaan in het standpunt", "occurredOn": "2024-06"}""");

        Map<String, Object> monitor = registration(F, "MOTIE", "Monitor <b>overheidsbreed</b>", "TOEZICHT_EN_HANDHAVING");
        monitor.put("reference", "Kamerstuk 26 643, nr. 9999");
        monitor.put("submitters", List.of("=HYPERLINK(\"x\")"));
        monitor.put("adoptedOn", "2025-04-16");
        monitor.put("dueDate", "2030-04-30");
        register(monitor);
        post(F, token, event("ApplicationLinked", "2025-04-23T09:00:00Z", "applicationId", summaries));
        post(F, ADMIN, event("ProgressReported", "2025-09-01T11:00:00Z", "summary", TRICKY));

        Map<String, Object> dialoog = registration(G, "ACTIE", "Dialoog met het bedrijfsleven intensiveren", null);
        dialoog.put("kamerstuk", Map.of("vergaderjaar", "2023-2024", "dossier", "26 643", "number", "1125"));
        dialoog.put("adoptedOn", "2024-01-18");
        register(dialoog);
        asOf = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Map<String, Object> registration(String id, String kind, String title, String actionLine) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("kind", kind);
        body.put("title", title);
        body.put("responsibleOrganisationId", organisation);
        body.put("actionLine", actionLine);
        return body;
    }

    private void register(Map<String, Object> body) {
        created(client.post("/api/v1/commitments", ADMIN, CommitmentRequests.json(body)));
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

    /** The checkpoint as every format states it, from the report's own JSON at the same moment. */
    private String checkpointText() {
        JsonNode checkpoint = json(REPORT + "?asOf=" + asOf).get("checkpoint");
        return checkpoint.isNull() ? "nog geen ondertekend controlepunt beschikbaar"
                : "boomgrootte " + checkpoint.get("treeSize").asLong() + ", wortelhash "
                        + checkpoint.get("rootHash").asText() + ", "
                        + (checkpoint.get("witnessed").asBoolean() ? "medeondertekend" : "niet medeondertekend")
                        + " door getuigen";
    }

    /** This class's commitments in one section of a JSON report, in the report's order. */
    private static List<JsonNode> own(JsonNode report, String label) {
        JsonNode section = StreamSupport.stream(report.get("sections").spliterator(), false)
                .filter(s -> s.get("label").asText().equals(label)).findFirst().orElseThrow();
        return StreamSupport.stream(section.get("commitments").spliterator(), false)
                .filter(c -> c.get("id").asText().startsWith(PREFIX)).toList();
    }

    private static JsonNode ownWithId(JsonNode report, String label, String id) {
        return own(report, label).stream().filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static long count(JsonNode counts, String key) {
        return StreamSupport.stream(counts.spliterator(), false).filter(c -> c.get("key").asText().equals(key))
                .findFirst().orElseThrow().get("count").asLong();
    }

    @Test
    void reportsEveryCommitmentPerActielijnInJsonFieldByField() {
        JsonNode report = json(REPORT + "?asOf=" + asOf);
        assertThat(report.get("title").asText())
                .isEqualTo("Voortgangsrapportage moties, toezeggingen en acties generatieve AI");
        assertThat(report.at("/dossier/number").asText()).isEqualTo("26 643");
        assertThat(report.at("/dossier/title").asText()).isEqualTo("Informatie- en communicatietechnologie (ICT)");
        assertThat(report.get("addressee").asText()).isEqualTo("de Voorzitter van de Tweede Kamer der Staten-Generaal");
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
        assertThat(report.get("sections").findValuesAsText("label")).containsExactlyElementsOf(SECTIONS);

        JsonNode totals = report.get("totals");
        assertThat(totals.get("commitments").asInt() - totalsBefore.get("commitments").asInt()).isEqualTo(7);
        assertThat(totals.get("overdue").asInt() - totalsBefore.get("overdue").asInt()).isEqualTo(2);
        Map<String, Integer> added = Map.of("OPENSTAAND", 4, "DEELS_VOLDAAN", 1, "VOLDAAN", 1, "VERVALLEN", 1);
        added.forEach((status, number) -> assertThat(count(totals.get("byStatus"), status)
                - count(totalsBefore.get("byStatus"), status)).as(status).isEqualTo(number.longValue()));
        assertThat(count(totals.get("byKind"), "ACTIE") - count(totalsBefore.get("byKind"), "ACTIE")).isEqualTo(1L);
        assertThat(totals.get("byStatus").findValuesAsText("meaning")).hasSize(4).doesNotContain("");

        List<JsonNode> samenwerken = own(report, "Samenwerken");
        assertThat(samenwerken).extracting(c -> c.get("id").asText()).containsExactly(E, A);
        JsonNode visie = samenwerken.get(1);
        assertThat(visie.get("kindLabel").asText()).isEqualTo("Motie");
        assertThat(visie.at("/kamerstuk/vergaderjaar").asText()).isEqualTo("2022-2023");
        assertThat(visie.get("reference").asText()).isEqualTo("Kamerstukken 2022/23 26 643, nr. 1003");
        assertThat(visie.get("adoptedOn").asText()).isEqualTo("2023-04");
        assertThat(visie.get("responsibleMinister").asText()).isEqualTo(MINISTER);
        assertThat(visie.get("responsibleOrganisation").asText()).isEqualTo("Organisatie " + organisation);
        assertThat(visie.get("statusLabel").asText()).isEqualTo("Voldaan");
        assertThat(visie.get("dueDate").isNull()).isTrue();
        assertThat(visie.get("overdue").asBoolean()).isFalse();
        assertThat(visie.at("/closing/reference").asText()).isEqualTo(NR_1125);
        assertThat(visie.at("/closing/on").asText()).isEqualTo("2024-01-18");
        assertThat(visie.at("/lastProgress/summary").asText()).as("a fulfilment is no progress")
                .isEqualTo("Voorlopig standpunt gedeeld");
        assertThat(visie.at("/lastProgress/on").asText()).isEqualTo("2023-12-11");
        assertThat(visie.get("sources").toString()).isEqualTo("[\"2024-01-12-beslisnota-visie-generatieve-ai.txt\"]");
        JsonNode withdrawn = samenwerken.get(0);
        assertThat(withdrawn.get("statusLabel").asText()).isEqualTo("Vervallen");
        assertThat(withdrawn.at("/closing/reason").asText()).isEqualTo("Opgegaan in het standpunt");
        assertThat(withdrawn.at("/closing/on").asText()).isEqualTo("2024-06");

        JsonNode lokaal = own(report, "Innoveren met generatieve AI").get(0);
        assertThat(lokaal.get("statusLabel").asText()).isEqualTo("Deels voldaan");
        assertThat(lokaal.get("overdue").asBoolean()).isTrue();
        assertThat(lokaal.get("closing").isNull()).isTrue();

        List<JsonNode> kennis = own(report, "Vergroten kennis en kunde");
        assertThat(kennis).extracting(c -> c.get("id").asText()).as("overdue first").containsExactly(D, C);
        assertThat(kennis.get(0).get("dueDate").asText()).isEqualTo("2025-03");
        assertThat(kennis.get(0).get("adoptedOn").isNull()).isTrue();
        assertThat(kennis.get(0).get("firstNamedOn").asText()).isEqualTo("2023-11-06");
        assertThat(kennis.get(0).get("lastProgress").isNull()).as("a due-date change is no progress").isTrue();
        assertThat(kennis.get(1).get("overdue").asBoolean()).isFalse();

        assertThat(own(report, "Sterk en helder toezicht houden en handhaven").get(0).at("/lastProgress/summary")
                .asText()).isEqualTo(TRICKY);
        JsonNode dialoog = own(report, NO_ACTION_LINE).get(0);
        assertThat(dialoog.get("id").asText()).isEqualTo(G);
        assertThat(dialoog.get("kindLabel").asText()).isEqualTo("Actie uit de visie");
        assertThat(dialoog.get("actionLine")).as("the section says it").isNull();
        assertThat(dialoog.get("overdue").asBoolean()).as("nothing is late without a due date").isFalse();
    }

    @Test
    void labelsAndExplainsEveryComplianceStatusOfTheMonitorUnknownIncluded() {
        JsonNode compliance = json(REPORT + "?asOf=" + asOf).at("/monitor/compliance");
        assertThat(compliance.findValuesAsText("key")).contains("COMPLIANT", "NON_COMPLIANT", "OVERDUE", "UNKNOWN");
        JsonNode unknown = StreamSupport.stream(compliance.spliterator(), false)
                .filter(c -> c.get("key").asText().equals("UNKNOWN")).findFirst().orElseThrow();
        assertThat(unknown.get("label").asText()).isEqualTo("Onbekend");
        assertThat(unknown.get("meaning").asText()).contains("onbekend is geen overtreding");
    }

    @Test
    void namesTheRulesInForceThatTheMonitorJudgesByEachWithItsSource() {
        JsonNode rules = json(REPORT + "?asOf=" + asOf).get("rules");
        assertThat(rules.findValuesAsText("ruleSet")).contains("Overheidsbreed standpunt inzet generatieve AI",
                "AI-verordening (Verordening (EU) 2024/1689): verboden AI-praktijken");
        rules.forEach(rule -> {
            assertThat(rule.get("kind").asText()).isIn("STANDPUNT", "WET");
            assertThat(rule.get("passage").asText()).isNotBlank();
            assertThat(rule.get("document").asText()).endsWith(".txt");
        });
        assertThat(report("text/markdown").body()).contains("## Regels waarop het oordeel rust",
                "„Er moet een gedegen risicoanalyse zijn uitgevoerd voordat generatieve AI kan worden ingezet;”");
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
        assertThat(records.get(0)).containsExactly("Onderdeel", "Soort", "Kenmerk", "Kamerstuk", "Onderwerp",
                "Indieners of toegezegd aan", "Datum", "Datum (ISO 8601)", "Verantwoordelijk", "Status",
                "Termijn (ISO 8601)", "Termijn verstreken", "Afdoening", "Laatste voortgang",
                "Datum laatste voortgang (ISO 8601)", "Bronnen", "Peilmoment", "Controlepunt");
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(18));
        List<List<String>> own = new ArrayList<>(records.stream().filter(r -> r.get(2).startsWith(PREFIX)).toList());
        assertThat(own).extracting(r -> r.get(2)).containsExactly(E, A, D, C, B, F, G);

        String bzk = "Organisatie " + organisation;
        String checkpoint = checkpointText();
        String moment = asOf.toString();
        assertThat(own.get(1)).containsExactly("Samenwerken", "Motie", A, "Kamerstukken 2022/23, 26 643, nr. 1003",
                "Integrale visie op generatieve AI", "Dekker-Abdulaziz en Rajkowski", "Aangenomen: april 2023",
                "2023-04", MINISTER + " (" + bzk + ")", "Voldaan", "", "nee",
                "Afgedaan met " + NR_1125 + " (18 januari 2024)",
                "11 december 2023: Voorlopig standpunt gedeeld (Kamerbrief december 2023)", "2023-12-11",
                "2024-01-12-beslisnota-visie-generatieve-ai.txt", moment, checkpoint);
        assertThat(own.get(2)).containsExactly("Vergroten kennis en kunde", "Toezegging", D, "Niet vermeld in de bronnen",
                "Quickscan impact op personeel", "Van Weerdenburg", "Toegezegd: niet vermeld in de bronnen (voor het "
                        + "eerst genoemd in een bron van 6 november 2023)", "",
                "Bewindspersoon niet vermeld in de bronnen (" + bzk + ")", "Openstaand (termijn verstreken)", "2025-03",
                "ja", "Verwachte afdoening: maart 2025", "Geen voortgang vastgelegd", "", "Niet vermeld in de bronnen",
                moment, checkpoint);
        assertThat(own.get(5)).element(5).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(own.get(6)).containsSubsequence(NO_ACTION_LINE, "Actie uit de visie", G, NR_1125,
                "Dialoog met het bedrijfsleven intensiveren", "", "Aangekondigd: 18 januari 2024")
                .contains("Verwachte afdoening: niet vermeld in de bronnen", "nee");
    }

    @Test
    void writesMarkdownAsAnAnnexWithTheCheckpointInATechnicalAnnexAtTheEnd() {
        String markdown = report("text/markdown").body();
        List<String> lines = markdown.lines().toList();
        assertThat(lines.get(0)).isEqualTo("# Voortgangsrapportage moties, toezeggingen en acties generatieve AI");
        assertThat(lines.get(2)).isEqualTo("Kamerstuk 26 643 Informatie- en communicatietechnologie (ICT)  ");
        assertThat(lines.get(3))
                .isEqualTo("Bijlage bij de voortgangsbrief aan de Voorzitter van de Tweede Kamer der Staten-Generaal  ");
        assertThat(lines.get(4)).startsWith("Peilmoment: ").endsWith("(" + asOf + ")");
        List<String> headings = lines.stream().filter(line -> line.startsWith("## ")).map(h -> h.substring(3)).toList();
        List<String> expected = new ArrayList<>(List.of("Samenvatting", "Leeswijzer"));
        expected.addAll(SECTIONS);
        expected.addAll(List.of("Monitor AI-toepassingen", "Regels waarop het oordeel rust",
                "Technische bijlage: integriteit"));
        assertThat(headings).containsExactlyElementsOf(expected);
        int annex = lines.indexOf("## Technische bijlage: integriteit");
        assertThat(lines.subList(0, annex)).noneMatch(line -> line.contains("wortelhash"));
        assertThat(String.join("\n", lines.subList(annex, lines.size()))).contains(checkpointText());

        assertThat(sectionOf(lines, "## Leeswijzer")).anyMatch(line -> line.startsWith("- **Openstaand**: "))
                .anyMatch(line -> line.startsWith("- **Termijn verstreken**: "));
        List<String> samenwerken = sectionOf(lines, "## Samenwerken");
        assertThat(samenwerken).contains("| Kamerstuk | Omschrijving | Datum | Verantwoordelijk | Status | Afdoening "
                + "| Laatste voortgang | Bronnen |");
        assertThat(samenwerken).anyMatch(row -> row.startsWith("| Kamerstukken 2022/23, 26 643, nr. 1003 | Motie van de "
                + "leden Dekker-Abdulaziz en Rajkowski: Integrale visie op generatieve AI | Aangenomen: april 2023 | "
                + MINISTER) && row.contains("| Voldaan | Afgedaan met " + NR_1125 + " (18 januari 2024) | 11 december "
                + "2023: Voorlopig standpunt gedeeld (Kamerbrief december 2023) |"));
        assertThat(samenwerken).anyMatch(row -> row.contains("| Vervallen | Vervallen (juni 2024): Opgegaan in het "
                + "standpunt |"));
        assertThat(sectionOf(lines, "## Vergroten kennis en kunde")).anyMatch(row -> row.contains(
                "| Toezegging aan het lid Van Weerdenburg: Quickscan impact op personeel |")
                && row.contains("| Openstaand (termijn verstreken) | Verwachte afdoening: maart 2025 |"));
        assertThat(sectionOf(lines, "## Sterk en helder toezicht houden en handhaven")).anyMatch(row -> row.contains(
                "1 september 2025: Eerste stand: \"monitor\", met komma; \\<script\\>alert(1)\\</script\\> & meer regel 2"));
        assertThat(sectionOf(lines, "## Monitor AI-toepassingen")).anyMatch(row -> row.startsWith("| Onbekend | ")
                && row.contains("onbekend is geen overtreding"));
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
        String title = "Voortgangsrapportage moties, toezeggingen en acties generatieve AI";
        assertThat(Xml.texts(page, "title")).containsExactly(title);
        assertThat(Xml.texts(page, "h1")).containsExactly(title);
        assertThat(Xml.texts(page, "h2")).containsSequence(SECTIONS).endsWith("Technische bijlage: integriteit");
        assertThat(Xml.texts(page, "style").get(0)).contains("@media print");
        assertThat(Xml.texts(page, "script")).as("text from the ledger is escaped, never markup").isEmpty();
        assertThat(Xml.texts(page, "b")).isEmpty();
        assertThat(Xml.texts(page, "time").get(0)).contains("(" + asOf + ")");
        assertThat(Xml.texts(page, "p")).contains("Kamerstuk 26 643 Informatie- en communicatietechnologie (ICT)");
        assertThat(Xml.texts(page, "dt")).contains("Openstaand", "Termijn verstreken", "Niet vermeld in de bronnen");
        assertThat(Xml.byId(page, "section", "technische-bijlage").getTextContent()).contains(checkpointText());
        assertThat(Xml.texts(page, "header").get(0)).doesNotContain("wortelhash");

        Element toezicht = Xml.byId(page, "section", "toezicht-en-handhaving");
        assertThat(toezicht.getElementsByTagNameNS("*", "table").getLength()).isEqualTo(1);
        assertThat(toezicht.getTextContent()).contains("Monitor <b>overheidsbreed</b>").contains(TRICKY);
        assertThat(Xml.byId(page, "section", "kennis-en-kunde").getTextContent())
                .contains("Openstaand (termijn verstreken)");
        assertThat(Xml.byId(page, "section", "zonder-actielijn").getTextContent())
                .contains("Actie uit de visie: Dialoog met het bedrijfsleven intensiveren");
        assertThat(Xml.byId(page, "section", "monitor").getTextContent()).contains("Onbekend")
                .contains("onbekend is geen overtreding");
    }

    @Test
    void showsACommitmentOpenBeforeItsFulfilmentWasRecordedAndFulfilledAfter() {
        JsonNode timeline = json("/api/v1/commitments/" + A).get("progress");
        assertThat(timeline.findValuesAsText("type")).containsExactly("CommitmentRegistered", "ProgressReported",
                "Fulfilled");
        String beforeFulfilment = timeline.get(1).get("recordedAt").asText();
        String fulfilmentRecorded = timeline.get(2).get("recordedAt").asText();

        JsonNode before = ownWithId(json(REPORT + "?asOf=" + beforeFulfilment), "Samenwerken", A);
        assertThat(before.get("status").asText()).isEqualTo("OPENSTAAND");
        assertThat(before.get("overdue").asBoolean()).as("no due date, never overdue").isFalse();
        assertThat(before.get("closing").isNull()).isTrue();

        JsonNode after = ownWithId(json(REPORT + "?asOf=" + fulfilmentRecorded), "Samenwerken", A);
        assertThat(after.get("status").asText()).isEqualTo("VOLDAAN");
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
