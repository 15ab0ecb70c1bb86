package nl.overheid.ailedger.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard in a real browser (the system's headless Chromium) against a ledger on storage of its own, filled
 * through the API. The numbers on the pages must be those of the API at the moment the page states; no page may
 * log an error or make a request that fails. Skipped where Chromium or its driver is not installed (Debian:
 * {@code apt-get install chromium chromium-driver}).
 */
class DashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final NumberFormat PERCENT = percentFormat();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningLedger ledger;
    private static LedgerClient client;
    private static DashboardData data;
    private static Browser browser;

    @BeforeAll
    static void startLedgerAndBrowser() throws IOException, InterruptedException {
        assumeTrue(Browser.installed(), "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.sealing.checkpoint-interval", "500ms");
        ledger = RunningLedger.start(storage);
        client = ledger.client();
        data = new DashboardData(client);
        awaitEverythingSealed();
        browser = new Browser("http://localhost:" + ledger.bean(Environment.class).getProperty("local.server.port"),
                SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    @AfterEach
    void noPageFailed() {
        if (browser != null) {
            assertThat(browser.failures()).as("console errors and failed requests").isEmpty();
        }
    }

    @Test
    void monitorShowsTheNumbersOfTheMonitorAndFollowsTheChosenDate() {
        browser.signIn(data.analyst);
        assertThat(browser.currentUrl()).endsWith("/");
        JsonNode today = assertPageShowsTheMonitor();
        assertThat(today.get("applications").asLong()).isEqualTo(DashboardData.APPLICATIONS);
        browser.screenshot("monitor");

        browser.pickDate(By.id("validAt"), "2025-03-31");
        browser.follow(By.cssSelector("#selectie button[type=submit]"));

        assertThat(browser.currentUrl()).contains("validAt=2025-03-31");
        JsonNode march = assertPageShowsTheMonitor();
        assertThat(march.get("validAt").asText()).isEqualTo("2025-03-31T23:59:59Z");
        assertThat(march.get("applications").asLong()).isLessThan(today.get("applications").asLong());
        assertThat(march.at("/compliance/OVERDUE").asLong()).isNotEqualTo(today.at("/compliance/OVERDUE").asLong());
        browser.screenshot("monitor-2025-03-31");
    }

    @Test
    void monitorOffersAuditorsTheMomentOfKnowledgeAndAnalystsNot() {
        browser.signIn(data.analyst);
        assertThat(browser.find(By.id("asOf")).isDisplayed()).isFalse();

        browser.signIn(data.auditor);
        assertThat(browser.find(By.id("asOf")).isDisplayed()).isTrue();
        browser.pickDate(By.id("asOf"), "2000-01-01");
        browser.follow(By.cssSelector("#selectie button[type=submit]"));
        assertThat(figure("applications")).isZero();
        assertThat(browser.text(By.cssSelector("#controlepunt"))).contains("nog geen ondertekend controlepunt");
    }

    @Test
    void registerFiltersAndPagesAndLeadsToATimelineWithBothTimes() {
        browser.signIn(data.auditor);
        browser.show("/register.html?pageSize=10");
        String asOf = pageAsOf();
        assertThat(browser.text(By.cssSelector("#register caption"))).isEqualTo("12 toepassingen, pagina 1 van 2");
        assertThat(rowIds()).isEqualTo(ids(list("page=1&pageSize=10&asOf=" + asOf)));
        browser.screenshot("register");

        browser.follow(By.cssSelector("nav.paginering a[rel=next]"));
        assertThat(rowIds()).isEqualTo(ids(list("page=2&pageSize=10&asOf=" + pageAsOf())));

        new Select(browser.find(By.id("phase"))).selectByValue("PILOT");
        browser.follow(By.cssSelector("#selectie button[type=submit]"));
        assertThat(browser.currentUrl()).contains("phase=PILOT");
        List<String> pilots = ids(list("phase=PILOT&pageSize=25&asOf=" + pageAsOf()));
        assertThat(pilots).isNotEmpty();
        assertThat(rowIds()).isEqualTo(pilots);

        browser.show("/register.html");
        browser.follow(By.cssSelector("tr[data-id='" + data.compliant + "'] a"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Samenvatten van Woo-verzoeken");
        assertThat(browser.find(By.cssSelector("[data-compliance]")).getAttribute("data-compliance")).isEqualTo("COMPLIANT");
        JsonNode history = client.get("/api/v1/applications/" + data.compliant + "/history?asOf=" + pageAsOf(),
                data.auditor).json().get("items");
        List<WebElement> events = browser.findAll(By.cssSelector("tr[data-sequence]"));
        assertThat(events).hasSize(history.size()).hasSize(7);
        for (int i = 0; i < events.size(); i++) {
            WebElement row = events.get(i);
            assertThat(row.getAttribute("data-sequence")).isEqualTo(history.get(i).get("sequence").asText());
            assertThat(moment(row, "occurredAt")).isEqualTo(Instant.parse(history.get(i).get("occurredAt").asText()));
            assertThat(moment(row, "recordedAt")).isEqualTo(Instant.parse(history.get(i).get("recordedAt").asText()));
        }
        assertThat(events.get(0).getText()).contains("Geregistreerd", "1 februari 2024");
        assertThat(events.get(6).getText()).contains("In gebruik genomen", "1 juli 2024", "later gemeld");
        browser.screenshot("timeline");
    }

    @Test
    void applicationPageExplainsEachUnmetRuleWithThePassageItRestsOn() {
        browser.signIn(data.auditor);
        browser.show("/toepassing.html?id=" + data.existingUse);

        JsonNode view = client.get("/api/v1/applications/" + data.existingUse, data.auditor).json();
        assertThat(view.at("/compliance/status").asText()).isEqualTo("OVERDUE");
        assertThat(browser.find(By.cssSelector("[data-compliance]")).getText())
                .isEqualTo("Voldoet niet na de overgangstermijn");
        List<String> rules = browser.findAll(By.cssSelector("li[data-rule]")).stream()
                .map(rule -> rule.getAttribute("data-rule")).toList();
        assertThat(rules).isEqualTo(texts(view.at("/compliance/unmet"))).containsExactly("R1", "R2", "R3");
        assertThat(browser.text(By.cssSelector("li[data-rule=R1]")))
                .contains("Gedegen risicoanalyse", "Standpunt", "Er moet een gedegen risicoanalyse zijn uitgevoerd",
                        "2025-03-05-beslisnota-overheidsbreed-standpunt.txt", "Lezing van de ledger");
        assertThat(browser.text(By.cssSelector("li[data-rule=R2] blockquote")))
                .contains("De juiste rollen zijn betrokken");
        assertThat(browser.text(By.cssSelector("li[data-rule=R3]"))).contains("leverancier");
    }

    @Test
    void analystSeesTheApplicationAndWhyItsTimelineIsNotShown() {
        browser.signIn(data.analyst);
        browser.show("/toepassing.html?id=" + data.compliant);

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Samenvatten van Woo-verzoeken");
        assertThat(browser.text(By.id("geen-tijdlijn"))).contains("alleen zichtbaar voor auditors");
        assertThat(browser.findAll(By.cssSelector("tr[data-sequence]"))).isEmpty();
    }

    @Test
    void commitmentsPutOverdueOnesFirstAndOfferTheReportInEveryFormat() throws IOException {
        browser.signIn(data.analyst);
        browser.show("/toezeggingen.html");
        String asOf = pageAsOf();
        JsonNode commitments = client.get("/api/v1/commitments?asOf=" + asOf, data.analyst).json().get("items");
        Map<String, Boolean> overdue = new LinkedHashMap<>();
        commitments.forEach(commitment -> overdue.put(commitment.get("id").asText(), commitment.get("overdue").asBoolean()));
        assertThat(overdue).containsValue(true).containsValue(false);

        List<WebElement> rows = browser.findAll(By.cssSelector("tr[data-id]"));
        assertThat(rows.stream().map(row -> row.getAttribute("data-id")).toList())
                .containsExactlyInAnyOrderElementsOf(overdue.keySet());
        List<Boolean> shownOverdue = rows.stream().map(row -> overdue.get(row.getAttribute("data-id"))).toList();
        assertThat(shownOverdue).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        assertThat(figure("overdue")).isEqualTo(overdue.values().stream().filter(Boolean::booleanValue).count());
        String quickscan = "tr[data-id=" + DashboardData.QUICKSCAN + "] ";
        assertThat(browser.text(By.cssSelector(quickscan + "td[data-field=adoptedOn]")))
                .isEqualTo("Toegezegd: niet vermeld in de bronnen (voor het eerst genoemd in een bron van 6 november 2023)");
        assertThat(browser.text(By.cssSelector(quickscan + "td[data-field=responsibleMinister]")))
                .startsWith("Bewindspersoon niet vermeld in de bronnen").contains("Ministerie van BZK");
        assertThat(browser.text(By.cssSelector(quickscan + "td[data-field=settlement]")))
                .isEqualTo("Afgedaan met Kamerbrief voorlopig standpunt (december 2023)");
        assertThat(browser.text(By.cssSelector(quickscan + "td[data-field=sources]")))
                .isEqualTo("2023-11-06-beslisnota-voorlopig-standpunt.txt");
        assertThat(browser.text(By.cssSelector("tr[data-id=toezegging-handreiking] td[data-field=settlement]")))
                .isEqualTo("Verwachte afdoening: 31 december 2030");
        browser.screenshot("commitments");

        browser.find(By.cssSelector("a[data-format=md]")).click();
        String markdown = Files.readString(browser.awaitDownload(".md"));
        assertThat(markdown).isEqualTo(client.get("/api/v1/reports/kamer?asOf=" + asOf, data.analyst,
                Map.of("Accept", "text/markdown")).body());
        browser.find(By.cssSelector("a[data-format=csv]")).click();
        assertThat(Files.readString(browser.awaitDownload(".csv"))).isEqualTo(client.get(
                "/api/v1/reports/kamer?asOf=" + asOf, data.analyst, Map.of("Accept", "text/csv")).body());
        browser.find(By.cssSelector("a[data-format=json]")).click();
        assertThat(Files.readString(browser.awaitDownload(".json"))).contains("\"asOf\": \"" + asOf + "\"");

        String dashboard = browser.driver().getWindowHandle();
        browser.find(By.cssSelector("a[data-format=html]")).click();
        String report = browser.driver().getWindowHandles().stream().filter(handle -> !handle.equals(dashboard))
                .findFirst().orElseThrow();
        browser.driver().switchTo().window(report);
        assertThat(browser.awaitVisible(By.tagName("h1")).getText()).contains("Voortgangsrapportage");
        browser.driver().close();
        browser.driver().switchTo().window(dashboard);
    }

    @Test
    void policyExplorationShowsWhatTheApiAnswersForTheChangedDraftAndOffersItsSummary() throws IOException {
        browser.signIn(data.analyst);
        browser.follow(By.linkText("Beleidsverkenning"));
        assertThat(browser.currentUrl()).endsWith("/beleidsverkenning.html");
        assertThat(browser.text(By.id("niets-vastgelegd"))).startsWith("Een verkenning: de ledger legt niets vast.");
        assertThat(browser.find(By.cssSelector("#uitgangspunt [data-ruleset]")).getAttribute("data-ruleset"))
                .isEqualTo("standpunt-2025");
        assertThat(figure("changed")).as("the standpunt as it is changes nothing").isZero();

        browser.find(By.id("aan-R3")).click();
        browser.find(By.id("rol-R2-CISO")).click();
        browser.awaitVisible(By.cssSelector("#uitkomst[aria-busy=false]"));

        assertThat(browser.find(By.cssSelector("fieldset[data-rule=R3]")).getAttribute("data-draft")).isEqualTo("uit");
        assertThat(browser.find(By.cssSelector("fieldset[data-rule=R2]")).getAttribute("data-draft"))
                .isEqualTo("gewijzigd");
        String asOf = pageAsOf();
        String validAt = browser.find(By.cssSelector("#peilmoment [data-moment=validAt] time")).getAttribute("datetime");
        String body = simulation(asOf, validAt);
        JsonNode answer = client.post("/api/v1/policy/simulations", data.analyst, body).json();
        for (String status : List.of("COMPLIANT", "NON_COMPLIANT", "OVERDUE", "UNKNOWN")) {
            for (String when : List.of("before", "after")) {
                assertThat(cell("Oordeel nu en onder het ontwerp", when, status)).as(when + " " + status)
                        .isEqualTo(String.valueOf(answer.at("/" + when + "/" + status).asLong()));
            }
        }
        assertThat(answer.get("after")).as("the draft changes a verdict").isNotEqualTo(answer.get("before"));
        assertThat(figure("changed")).isEqualTo(answer.at("/changed/total").asLong()).isEqualTo(1);
        assertThat(browser.findAll(By.cssSelector("#effect tr[data-id]")).stream()
                .map(row -> row.getAttribute("data-id")).toList())
                .isEqualTo(answer.at("/changed/items").findValuesAsText("applicationId")).containsExactly(data.compliant);
        assertThat(browser.find(By.cssSelector("tr[data-id='" + data.compliant + "'] a")).getText())
                .isEqualTo("Samenvatten van Woo-verzoeken");
        assertThat(browser.text(By.cssSelector("tr[data-rule=R2] td[data-series=after]")))
                .isEqualTo(String.valueOf(answer.at("/byRule/R2/after").asLong()));
        assertThat(browser.text(By.cssSelector("tr[data-rule=R3] th"))).endsWith("(vervalt in het ontwerp)");
        assertThat(browser.text(By.cssSelector("tr[data-organisation=gemeente-utrecht] td[data-series=changed]")))
                .isEqualTo("1");
        assertCheckpoint(answer.get("checkpoint"));
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("beleidsverkenning");

        browser.find(By.cssSelector("button[data-format=md]")).click();
        String markdown = Files.readString(browser.awaitDownload(".md"));
        assertThat(markdown).startsWith("# Beleidsverkenning").isEqualTo(client.post("/api/v1/policy/simulations",
                data.analyst, body, Map.of("Accept", "text/markdown")).body());
        browser.find(By.cssSelector("button[data-format=csv]")).click();
        assertThat(Files.readString(browser.awaitDownload(".csv"))).contains(data.compliant);
    }

    @Test
    void policyExplorationStartsFromTheStandpuntOfTheChosenDayAsKnownAtTheChosenMoment() {
        browser.signIn(DashboardData.ADMIN);
        browser.show("/beleidsverkenning.html");
        assertThat(browser.find(By.id("asOf")).isDisplayed()).as("admins choose what the ledger knew").isTrue();

        browser.pickDate(By.id("validAt"), "2024-12-31");
        browser.awaitVisible(By.cssSelector("#uitkomst[aria-busy=false]"));
        assertThat(browser.find(By.cssSelector("#uitgangspunt [data-ruleset]")).getAttribute("data-ruleset"))
                .isEqualTo("voorlopig-standpunt-2023");
        assertThat(browser.findAll(By.cssSelector("fieldset.regel")).stream()
                .map(rule -> rule.getAttribute("data-rule")).toList()).containsExactly("R1", "R2", "R3", "R4");

        browser.pickDate(By.id("asOf"), "2025-06-30");
        browser.awaitVisible(By.cssSelector("#uitkomst[aria-busy=false]"));
        assertThat(pageAsOf()).isEqualTo("2025-06-30T23:59:59Z");
        assertThat(cell("Oordeel nu en onder het ontwerp", "before", "total")).as("nothing was known then").isEqualTo("0");
        assertThat(browser.text(By.cssSelector("#controlepunt"))).contains("nog geen ondertekend controlepunt");

        browser.pickDate(By.id("validAt"), "2023-01-31");
        browser.awaitVisible(By.cssSelector("#uitkomst[aria-busy=false]"));
        assertThat(browser.text(By.id("uitgangspunt"))).contains("gold geen standpunt");
    }

    @Test
    void policyExplorationTellsARoleThatMayNotSimulateSo() {
        browser.signIn(data.auditor);
        assertThat(browser.findAll(By.linkText("Beleidsverkenning"))).isEmpty();
        browser.show("/beleidsverkenning.html");
        assertThat(browser.text(By.id("geen-toegang"))).contains("auditor", "voorbehouden aan analisten en beheerders");
        assertThat(browser.find(By.id("verkenning")).isDisplayed()).isFalse();
    }

    @Test
    void nothingIsShownWithoutAKnownToken() {
        browser.signOut();
        browser.open("/");
        browser.awaitVisible(By.id("token"));
        assertThat(browser.currentUrl()).contains("/aanmelden.html?terug=%2F");
        assertThat(browser.findAll(By.cssSelector("[data-figure]"))).isEmpty();

        browser.type(By.id("token"), "een-sleutel-die-niemand-kent");
        browser.find(By.cssSelector("#aanmelden button[type=submit]")).click();
        assertThat(browser.awaitVisible(By.cssSelector("#bericht .fout")).getText()).contains("onbekend of ingetrokken");
        assertThat(browser.currentUrl()).contains("/aanmelden.html");
        browser.screenshot("sign-in-refused");
        assertThat(browser.failures()).as("only the refused sign-in fails").isNotEmpty()
                .allMatch(failure -> failure.contains("/api/v1/credentials/current") && failure.contains("401"));

        browser.type(By.id("token"), data.analyst);
        browser.follow(By.cssSelector("#aanmelden button[type=submit]"));
        assertThat(browser.currentUrl()).endsWith("/");
        assertThat(figure("applications")).isEqualTo(DashboardData.APPLICATIONS);
    }

    /** A sign-in link cannot send the user to another site, however the browser reads the path. */
    @Test
    void signInGoesBackOnlyToAPageOfTheLedger() {
        for (String back : List.of("%2F%09%2Fevil.example%2Fphish", "%2F%0A%2Fevil.example", "%2F%2Fevil.example",
                "%2F%5Cevil.example", "%5C%5Cevil.example", "https%3A%2F%2Fevil.example%2F", "javascript%3Aalert(1)")) {
            browser.signOut();
            browser.open("/aanmelden.html?terug=" + back);
            browser.type(By.id("token"), data.analyst);
            browser.follow(By.cssSelector("#aanmelden button[type=submit]"));
            assertThat(browser.currentUrl()).as(back).isEqualTo(client.baseUrl() + "/");
        }
        browser.signOut();
        browser.open("/aanmelden.html?terug=%2Fregister.html%3Fphase%3DPILOT");
        browser.type(By.id("token"), data.analyst);
        browser.follow(By.cssSelector("#aanmelden button[type=submit]"));
        assertThat(browser.currentUrl()).isEqualTo(client.baseUrl() + "/register.html?phase=PILOT");
    }

    /**
     * Compares the monitor page with the API's monitor at the moments the page states, and returns that monitor.
     */
    private static JsonNode assertPageShowsTheMonitor() {
        String asOf = pageAsOf();
        String validAt = browser.find(By.cssSelector("#peilmoment time")).getAttribute("datetime");
        JsonNode monitor = client.get("/api/v1/monitor?asOf=" + asOf + "&validAt=" + validAt, data.analyst).json();

        assertThat(figure("applications")).isEqualTo(monitor.get("applications").asLong());
        assertThat(figure("organisationsReporting")).isEqualTo(monitor.get("organisationsReporting").asLong());
        assertThat(figure("byPhase.PRODUCTION")).isEqualTo(monitor.at("/byPhase/PRODUCTION").asLong());
        for (String status : List.of("COMPLIANT", "NON_COMPLIANT", "OVERDUE", "UNKNOWN")) {
            assertThat(figure("compliance." + status)).as(status).isEqualTo(monitor.at("/compliance/" + status).asLong());
            assertThat(cell("Oordeel over toepassingen in gebruik", status, "count"))
                    .isEqualTo(String.valueOf(monitor.at("/compliance/" + status).asLong()));
        }
        monitor.get("byPhase").fields().forEachRemaining(phase -> assertThat(cell("Toepassingen per fase", phase.getKey(),
                "count")).as(phase.getKey()).isEqualTo(String.valueOf(phase.getValue().asLong())));
        monitor.get("byLayer").fields().forEachRemaining(layer -> {
            assertThat(cell("Toepassingen per bestuurslaag en fase", layer.getKey(), "total")).as(layer.getKey())
                    .isEqualTo(String.valueOf(layer.getValue().get("applications").asLong()));
            layer.getValue().get("byPhase").fields().forEachRemaining(phase -> assertThat(cell(
                    "Toepassingen per bestuurslaag en fase", layer.getKey(), phase.getKey()))
                    .isEqualTo(String.valueOf(phase.getValue().asLong())));
        });
        monitor.get("byAiActRiskClass").fields().forEachRemaining(riskClass -> assertThat(cell(
                "Risicoklasse onder de AI-verordening", riskClass.getKey(), "count"))
                .isEqualTo(String.valueOf(riskClass.getValue().asLong())));
        monitor.get("indicators").fields().forEachRemaining(indicator -> assertThat(cell(
                "Open source, herkomst en hosting (aandeel, zonder buiten gebruik)", indicator.getKey(), "share"))
                .as(indicator.getKey()).isEqualTo(PERCENT.format(indicator.getValue().asDouble())));
        assertCheckpoint(monitor.get("checkpoint"));
        assertTrend(monitor, asOf);
        return monitor;
    }

    /** One row per quarter from 2023 K4, the last at the page's own date, each as the API answers it. */
    private static void assertTrend(JsonNode monitor, String asOf) {
        List<WebElement> quarters = browser.findAll(By.xpath(
                "//figure[figcaption='Toepassingen aan het eind van elk kwartaal']//tbody/tr"));
        LocalDate validAt = LocalDate.ofInstant(Instant.parse(monitor.get("validAt").asText()), ZoneOffset.UTC);
        int expected = (validAt.getYear() - 2023) * 4 + (validAt.getMonthValue() - 1) / 3 + 1 - 3;
        assertThat(quarters).hasSize(expected);
        WebElement last = quarters.get(quarters.size() - 1);
        assertThat(last.findElement(By.cssSelector("td[data-series=applications]")).getText())
                .isEqualTo(String.valueOf(monitor.get("applications").asLong()));
        WebElement first = quarters.get(0);
        assertThat(first.getAttribute("data-key")).isEqualTo("2023-12-31T23:59:59.000Z");
        JsonNode endOf2023 = client.get("/api/v1/monitor?asOf=" + asOf + "&validAt=2023-12-31T23:59:59Z",
                data.analyst).json();
        assertThat(first.findElement(By.cssSelector("td[data-series=applications]")).getText())
                .isEqualTo(String.valueOf(endOf2023.get("applications").asLong()));
    }

    private static void assertCheckpoint(JsonNode checkpoint) {
        assertThat(checkpoint.isObject()).as("the monitor names a checkpoint").isTrue();
        assertThat(browser.text(By.cssSelector("[data-checkpoint=treeSize]")))
                .isEqualTo(String.valueOf(checkpoint.get("treeSize").asLong()));
        String prefix = browser.text(By.cssSelector("[data-checkpoint=rootHash]")).replace("…", "");
        assertThat(prefix).hasSize(16);
        assertThat(checkpoint.get("rootHash").asText()).startsWith(prefix);
        assertThat(checkpoint.get("witnessed").asBoolean()).as("this ledger has no witnesses").isFalse();
        assertThat(browser.text(By.cssSelector("[data-checkpoint=not-witnessed]")))
                .startsWith("Niet medeondertekend door getuigen");
    }

    /**
     * The draft the exploration test makes of the standpunt in force, R3 switched off and the CISO asked for by R2,
     * in the body of POST /policy/simulations at the page's moments.
     */
    private static String simulation(String asOf, String validAt) {
        JsonNode inForce = client.get("/api/v1/policy/rulesets?at=" + validAt.substring(0, 10), data.analyst).json();
        ObjectNode standpunt = (ObjectNode) StreamSupport.stream(inForce.get("ruleSets").spliterator(), false)
                .filter(ruleSet -> ruleSet.get("id").asText().equals("standpunt-2025")).findFirst().orElseThrow();
        ArrayNode rules = JSON.createArrayNode();
        for (JsonNode rule : standpunt.get("rules")) {
            if (rule.get("id").asText().equals("R2")) {
                ((ObjectNode) rule).put("source", "DRAFT").putArray("roles").add("CISO");
            }
            if (!rule.get("id").asText().equals("R3")) {
                rules.add(rule);
            }
        }
        standpunt.set("rules", rules);
        ObjectNode body = JSON.createObjectNode();
        body.set("draft", standpunt);
        return body.put("replaces", "standpunt-2025").put("validAt", validAt).put("asOf", asOf).toString();
    }

    /** The moment the page's numbers are as of, as its footer states it. */
    private static String pageAsOf() {
        return browser.find(By.cssSelector("#controlepunt time")).getAttribute("datetime");
    }

    private static long figure(String key) {
        return Long.parseLong(browser.text(By.cssSelector("[data-figure='" + key + "']")).replace(".", ""));
    }

    private static String cell(String caption, String row, String series) {
        return browser.text(By.xpath("//figure[figcaption='" + caption + "']//tr[@data-key='" + row
                + "']/td[@data-series='" + series + "']"));
    }

    private static Instant moment(WebElement row, String which) {
        return Instant.parse(row.findElement(By.cssSelector("time[data-time=" + which + "]")).getAttribute("datetime"));
    }

    private static List<String> rowIds() {
        return browser.findAll(By.cssSelector("#register tr[data-id]")).stream()
                .map(row -> row.getAttribute("data-id")).toList();
    }

    private static JsonNode list(String query) {
        return client.get("/api/v1/applications?" + query, data.auditor).json();
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false).map(item -> item.get("id").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The ledger has sealed and signed every event it stored, so every page names the same checkpoint. */
    private static void awaitEverythingSealed() throws InterruptedException {
        Long stored = ledger.bean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode checkpoint = client.get("/api/v1/checkpoint", DashboardData.ADMIN).json().get("checkpoint");
            if (checkpoint.isObject() && checkpoint.get("treeSize").asLong() >= stored) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the ledger did not seal its " + stored + " events in 30 s");
    }

    private static NumberFormat percentFormat() {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.forLanguageTag("nl-NL"));
        format.setMaximumFractionDigits(1);
        return format;
    }
}
