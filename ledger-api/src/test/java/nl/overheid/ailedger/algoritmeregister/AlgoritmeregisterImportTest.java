package nl.overheid.ailedger.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.algoritmeregister.ImportPlanner;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.register.RegisteredApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real Algoritmeregister, five snapshots of it, imported in date order over HTTP. Every expectation is
 * computed from the files themselves. A ledger of its own (own data directory, own Spring context), because
 * some 1,500 applications would disturb the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlgoritmeregisterImportTest {

    /** The shared data, from the ledger-api module directory of a worktree. */
    private static final Path SNAPSHOTS = Path.of("..", "..", "shared", "data", "algoritmeregister");
    private static final String ADMIN = "dev-admin-token";
    private static final String IMPORT = "/api/v1/admin/imports/algoritmeregister?snapshotDate=";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegisterQueries register;
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
    void importsTheRealSnapshotsInDateOrderAsDatedEvents() throws IOException {
        assumeTrue(Files.isDirectory(SNAPSHOTS), "the shared snapshots are not at " + SNAPSHOTS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> listed = Files.list(SNAPSHOTS)) {
            files = listed.filter(path -> path.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json"))
                    .sorted().toList();
        }
        assumeTrue(files.size() >= 2, "fewer than two snapshots in " + SNAPSHOTS);
        RegisterHistory history = new RegisterHistory();
        List<Imported> imports = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Map<String, JsonNode> snapshot = records(bytes);
            String date = file.getFileName().toString().replace(".json", "");
            Expected expected = history.expect(snapshot);

            long start = System.nanoTime();
            Response response = client.postBytes(IMPORT + date, ADMIN, bytes);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            System.out.printf("Imported %s (%d registrations) in %d ms: %s%n", file.getFileName(), snapshot.size(),
                    millis, response.body());
            JsonNode counts = response.json();
            assertThat(counts.get("snapshotDate").asText()).isEqualTo(date);
            assertThat(counts.get("registered").asInt()).isEqualTo(expected.registered());
            assertThat(counts.get("changed").asInt()).isEqualTo(expected.changed());
            assertThat(counts.get("removed").asInt()).isEqualTo(expected.removed());
            assertThat(counts.get("unchanged").asInt()).isEqualTo(snapshot.size() - expected.registered()
                    - expected.changed());
            history.add(snapshot);
            assertThat(counts.get("organisationsCreated").asInt()).isEqualTo(history.organisations()
                    - imports.stream().mapToInt(Imported::organisations).max().orElse(0));

            JsonNode again = client.postBytes(IMPORT + date, ADMIN, bytes).json();
            assertThat(again.get("registered").asInt()).isZero();
            assertThat(again.get("changed").asInt()).isZero();
            assertThat(again.get("removed").asInt()).isZero();
            assertThat(again.get("unchanged").asInt()).isEqualTo(snapshot.size());
            assertThat(again.get("organisationsCreated").asInt()).isZero();

            awaitProjections();
            assertThat(phaseCounts()).isEqualTo(history.phases());
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation_view", Integer.class))
                    .isEqualTo(history.organisations());
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT organisation_id) FROM application_current",
                    Integer.class)).isEqualTo(history.organisationsReporting());
            imports.add(new Imported(LocalDate.parse(date), Instant.parse(counts.get("importedAt").asText()),
                    history.copy(), history.organisations()));
        }

        Map<String, Integer> before = ImportedRows.count(jdbc);
        Response older = client.postBytes(IMPORT + imports.get(0).date(), ADMIN, Files.readAllBytes(files.get(0)));
        assertThat(older.status()).isEqualTo(409);
        assertThat(older.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ImportedRows.count(jdbc)).isEqualTo(before);

        for (Imported earlier : imports) {
            long start = System.nanoTime();
            assertThat(phaseCountsAsOf(earlier)).as("as of the import of " + earlier.date())
                    .isEqualTo(earlier.history().phases());
            System.out.printf("Folded %d applications as of the import of %s in %d ms%n",
                    earlier.history().latest.size(), earlier.date(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
        checkTheChangesOfEachSnapshot(imports);
        checkGenerativeExistingUse(imports.get(imports.size() - 1).history());
    }

    /** Every status change, text change, move and removal between two snapshots is an event of the later date. */
    private void checkTheChangesOfEachSnapshot(List<Imported> imports) {
        JsonNode first = imports.get(0).history().latest.values().iterator().next();
        assertThat(history(ImportPlanner.applicationId(text(first, "id"))).get(0).get("occurredAt").asText())
                .isEqualTo(firstSight(first, imports.get(0).date()));
        for (int i = 1; i < imports.size(); i++) {
            RegisterHistory before = imports.get(i - 1).history();
            RegisterHistory after = imports.get(i).history();
            String occurredAt = imports.get(i).date() + "T00:00:00Z";
            for (Map.Entry<String, JsonNode> entry : after.latest.entrySet()) {
                JsonNode was = before.latest.get(entry.getKey());
                JsonNode now = entry.getValue();
                String id = ImportPlanner.applicationId(entry.getKey());
                if (was == null) {
                    assertThat(history(id).get(0).get("occurredAt").asText()).isEqualTo(firstSight(now,
                            imports.get(i).date()));
                } else if (after.gone.contains(entry.getKey()) && !before.gone.contains(entry.getKey())) {
                    JsonNode last = last(history(id));
                    assertThat(last.get("type").asText()).isEqualTo("PhaseObserved");
                    assertThat(last.at("/payload/phase").asText()).isEqualTo("RETIRED");
                    assertThat(last.at("/payload/reason").asText()).isEqualTo("verwijderd uit het Algoritmeregister");
                    assertThat(last.get("occurredAt").asText()).isEqualTo(occurredAt);
                } else if (!text(was, "status").equals(text(now, "status"))) {
                    JsonNode last = last(history(id));
                    assertThat(last.get("type").asText()).isEqualTo("PhaseObserved");
                    assertThat(last.at("/payload/phase").asText()).isEqualTo(phaseOf(text(now, "status")).name());
                    assertThat(last.get("occurredAt").asText()).isEqualTo(occurredAt);
                    assertThat(application(id, imports.get(i - 1).importedAt()).phase())
                            .isEqualTo(phaseOf(text(was, "status")));
                } else if (!Objects.equals(text(was, "doel"), text(now, "doel"))) {
                    JsonNode amended = last(history(id));
                    assertThat(amended.get("type").asText()).isEqualTo("DetailsAmended");
                    assertThat(amended.at("/payload/source").asText()).isEqualTo("algoritmeregister");
                    assertThat(amended.at("/payload/amendment/purpose").asText()).isEqualTo(text(now, "doel"));
                    assertThat(amended.at("/payload/amendment/name").isNull()).isTrue();
                } else if (impactAssessmentChanged(was, now)) {
                    JsonNode amended = last(history(id));
                    assertThat(amended.get("type").asText()).isEqualTo("DetailsAmended");
                    assertThat(amended.at("/payload/amendment/impactAssessment").asText())
                            .isEqualTo(ImportPlanner.impactAssessment(text(now, "impactassessment")).name());
                } else if (!text(was, "organisatie").equalsIgnoreCase(text(now, "organisatie"))) {
                    JsonNode moved = last(history(id));
                    assertThat(moved.get("type").asText()).isEqualTo("OwnerObserved");
                    ApplicationState view = application(id, null);
                    assertThat(view.organisationId()).isEqualTo(moved.at("/payload/organisationId").asText());
                    assertThat(application(id, imports.get(i - 1).importedAt()).organisationId())
                            .isNotEqualTo(view.organisationId());
                }
            }
        }
    }

    /** The register's answer on an impact assessment, when it gives a new one (a value it drops is kept). */
    private static boolean impactAssessmentChanged(JsonNode was, JsonNode now) {
        return ImportPlanner.impactAssessment(text(now, "impactassessment")) != null
                && ImportPlanner.impactAssessment(text(now, "impactassessment"))
                != ImportPlanner.impactAssessment(text(was, "impactassessment"));
    }

    /**
     * GPT in the title: generative AI in use, which the register tells nothing of risk analyses, roles or supplier
     * agreements: onbekend, never a violation. No import of the real register yields a NON_COMPLIANT or OVERDUE.
     */
    private void checkGenerativeExistingUse(RegisterHistory history) {
        JsonNode monitor = client.get("/api/v1/monitor", ADMIN).json();
        long generativeInUse = client.get("/api/v1/applications?generativeAi=true&phase=PRODUCTION&pageSize=1",
                ADMIN).json().get("total").asLong();
        assertThat(generativeInUse).isPositive();
        assertThat(monitor.get("compliance").toString()).isEqualTo(
                "{\"COMPLIANT\":0,\"NON_COMPLIANT\":0,\"OVERDUE\":0,\"UNKNOWN\":" + generativeInUse + "}");
        List<JsonNode> gpt = history.latest.values().stream()
                .filter(record -> text(record, "title").contains("GPT") && "in_gebruik".equals(text(record, "status")))
                .toList();
        assertThat(gpt).isNotEmpty();
        for (JsonNode record : gpt) {
            JsonNode view = client.get("/api/v1/applications/" + ImportPlanner.applicationId(text(record, "id")),
                    ADMIN).json();
            assertThat(view.get("generativeAi").asBoolean()).isTrue();
            assertThat(view.get("phase").asText()).isEqualTo("PRODUCTION");
            assertThat(view.get("lars").asText()).isEqualTo(text(record, "id"));
            assertThat(view.get("procurement").asText()).isEqualTo("CONTRACTED");
            assertThat(view.get("aiActRiskClass").asText()).isEqualTo("UNDETERMINED");
            assertThat(view.get("impactAssessment").asText())
                    .isEqualTo(ImportPlanner.impactAssessment(text(record, "impactassessment")).name());
            assertThat(view.at("/compliance/status").asText()).isEqualTo("UNKNOWN");
            assertThat(view.at("/compliance/unmet").toString()).isEqualTo("[]");
        }
    }

    @Test
    void refusesFilesThatAreNotSnapshotsAndStoresNothingOfThem() throws IOException {
        ObjectNode withoutId = MadeUpSnapshots.of(3, "2026-07-01");
        ((ObjectNode) withoutId.withArray("algoritmes").get(2)).remove("id");
        ObjectNode twice = MadeUpSnapshots.of(3, "2026-07-01");
        ((ObjectNode) twice.withArray("algoritmes").get(1)).put("id", "test-1");
        ObjectNode unknownStatus = MadeUpSnapshots.of(3, "2026-07-01");
        ((ObjectNode) unknownStatus.withArray("algoritmes").get(0)).put("status", "gepubliceerd");
        ObjectNode wrongCount = MadeUpSnapshots.of(3, "2026-07-01");
        wrongCount.put("count", 4);
        ObjectNode withoutCount = MadeUpSnapshots.of(3, "2026-07-01");
        withoutCount.remove("count");
        Map<String, String> badFiles = new HashMap<>();
        badFiles.put("not JSON at all", "body");
        badFiles.put("[]", "body");
        badFiles.put("{\"count\": 0}", "algoritmes");
        badFiles.put("{\"algoritmes\": []}", "algoritmes");
        badFiles.put("{\"algoritmes\": [{\"id\": \"1\"}]} trailing", "body");
        badFiles.put(withoutId.toString(), "algoritmes[2].id");
        badFiles.put(twice.toString(), "algoritmes[1].id");
        badFiles.put(unknownStatus.toString(), "algoritmes[0].status");
        badFiles.put(wrongCount.toString(), "count");
        badFiles.put(withoutCount.toString(), "count");

        Map<String, Integer> before = ImportedRows.count(jdbc);
        badFiles.forEach((body, wrongField) -> {
            Response response = client.post(IMPORT + "2026-07-01", ADMIN, body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("invalidParams").findValuesAsText("name")).as(body).contains(wrongField);
        });
        assertThat(ImportedRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void refusesARealSnapshotWithOneBrokenRecordWhole() throws IOException {
        Path file = SNAPSHOTS.resolve("2026-06-30.json");
        assumeTrue(Files.isRegularFile(file), "no snapshot " + file);
        ObjectNode snapshot = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) snapshot.withArray("algoritmes").get(700)).remove("id");
        Map<String, Integer> before = ImportedRows.count(jdbc);
        Response response = client.postBytes(IMPORT + "2026-07-01", ADMIN, JSON.writeValueAsBytes(snapshot));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asText()).isEqualTo("algoritmes[700].id");
        assertThat(response.json().get("invalidParams").get(0).get("reason").asText()).isEqualTo("is required");
        assertThat(ImportedRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void refusesAMissingMalformedOrFutureSnapshotDate() {
        String body = MadeUpSnapshots.of(2, "2026-07-01").toString();
        Map<String, Integer> before = ImportedRows.count(jdbc);
        for (String query : new String[] {"", "?snapshotDate=", "?snapshotDate=2026-13-01",
                "?snapshotDate=1-7-2026", "?snapshotDate=" + LocalDate.now().plusDays(2)}) {
            Response response = client.post("/api/v1/admin/imports/algoritmeregister" + query, ADMIN, body);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().get("invalidParams").findValuesAsText("name")).as(query)
                    .containsExactly("snapshotDate");
        }
        assertThat(ImportedRows.count(jdbc)).isEqualTo(before);
    }

    @Test
    void letsOnlyAnAdminImport() {
        String body = MadeUpSnapshots.of(2, "2026-07-01").toString();
        String analyst = client.post("/api/v1/credentials", ADMIN, "{\"role\": \"ANALYST\", \"label\": \"analist\"}")
                .json().get("token").asText();
        assertThat(client.post(IMPORT + "2026-07-01", null, body).status()).isEqualTo(401);
        assertThat(client.post(IMPORT + "2026-07-01", analyst, body).status()).isEqualTo(403);
    }

    /** Phase counts of every application now, from the register's current state. */
    private Map<Phase, Integer> phaseCounts() {
        Map<Phase, Integer> counts = new HashMap<>();
        jdbc.query("SELECT phase, COUNT(*) FROM application_current GROUP BY phase",
                (RowCallbackHandler) rs -> counts.put(Phase.valueOf(rs.getString(1)), rs.getInt(2)));
        return counts;
    }

    /** Phase counts as the ledger knew them right after an earlier import, folded per application. */
    private Map<Phase, Integer> phaseCountsAsOf(Imported earlier) {
        Map<Phase, Integer> counts = new HashMap<>();
        earlier.history().latest.keySet().forEach(registerId -> counts.merge(
                application(ImportPlanner.applicationId(registerId), earlier.importedAt()).phase(), 1, Integer::sum));
        return counts;
    }

    private ApplicationState application(String id, Instant asOf) {
        return register.application(id, asOf, null).map(RegisteredApplication::state)
                .orElseThrow(() -> new AssertionError("no application " + id));
    }

    private JsonNode history(String applicationId) {
        Response response = client.get("/api/v1/applications/" + applicationId + "/history", ADMIN);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    private static JsonNode last(JsonNode items) {
        return items.get(items.size() - 1);
    }

    /** Waits until the register has projected every event in the event store. */
    private void awaitProjections() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE type = 'AiApplication'",
                    Integer.class);
            Integer projected = jdbc.queryForObject("SELECT COUNT(*) FROM application_event", Integer.class);
            Integer organisations = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM domain_event_entry WHERE type = 'Organisation'", Integer.class);
            Integer organisationViews = jdbc.queryForObject("SELECT COUNT(*) FROM organisation_view", Integer.class);
            if (Objects.equals(stored, projected) && Objects.equals(organisations, organisationViews)) {
                return;
            }
            assertThat(System.nanoTime()).as("the register did not catch up").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, JsonNode> records(byte[] file) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        JSON.readTree(file).get("algoritmes").forEach(record -> byId.put(text(record, "id"), record));
        return byId;
    }

    private static String firstSight(JsonNode record, LocalDate snapshotDate) {
        String registered = text(record, "geregistreerd");
        boolean usable = registered != null && !LocalDate.parse(registered).isAfter(snapshotDate);
        return (usable ? registered : snapshotDate.toString()) + "T00:00:00Z";
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Phase phaseOf(String status) {
        return switch (status) {
            case "in_gebruik" -> Phase.PRODUCTION;
            case "ontwikkeling" -> Phase.PILOT;
            case "buiten_gebruik" -> Phase.RETIRED;
            default -> throw new IllegalArgumentException(status);
        };
    }


    private record Imported(LocalDate date, Instant importedAt, RegisterHistory history, int organisations) {
    }

    private record Expected(int registered, int changed, int removed) {
    }

    /**
     * What the register showed up to a snapshot, computed from the files alone: the last record of every
     * registration ever seen, which of them are gone, and every organisation name seen (case aside).
     */
    private static final class RegisterHistory {

        private final Map<String, JsonNode> latest = new HashMap<>();
        private final Set<String> gone = new HashSet<>();
        private final Set<String> organisationNames = new HashSet<>();

        Expected expect(Map<String, JsonNode> snapshot) {
            int registered = 0;
            int changed = 0;
            for (Map.Entry<String, JsonNode> entry : snapshot.entrySet()) {
                JsonNode was = latest.get(entry.getKey());
                JsonNode now = entry.getValue();
                if (was == null) {
                    registered++;
                } else if (gone.contains(entry.getKey()) || !Objects.equals(text(was, "status"), text(now, "status"))
                        || !Objects.equals(text(was, "title"), text(now, "title"))
                        || !Objects.equals(text(was, "doel"), text(now, "doel"))
                        || !text(was, "organisatie").equalsIgnoreCase(text(now, "organisatie"))
                        || impactAssessmentChanged(was, now)) {
                    changed++;
                }
            }
            int removed = (int) latest.keySet().stream()
                    .filter(id -> !gone.contains(id) && !snapshot.containsKey(id)).count();
            return new Expected(registered, changed, removed);
        }

        void add(Map<String, JsonNode> snapshot) {
            latest.keySet().stream().filter(id -> !snapshot.containsKey(id)).forEach(gone::add);
            gone.removeAll(snapshot.keySet());
            latest.putAll(snapshot);
            snapshot.values().forEach(record -> organisationNames.add(text(record, "organisatie").toLowerCase()));
        }

        Map<Phase, Integer> phases() {
            Map<Phase, Integer> counts = new HashMap<>();
            latest.forEach((id, record) -> counts.merge(gone.contains(id) ? Phase.RETIRED
                    : phaseOf(text(record, "status")), 1, Integer::sum));
            return counts;
        }

        int organisations() {
            return organisationNames.size();
        }

        int organisationsReporting() {
            return (int) latest.values().stream().map(record -> text(record, "organisatie").toLowerCase())
                    .distinct().count();
        }

        RegisterHistory copy() {
            RegisterHistory copy = new RegisterHistory();
            copy.latest.putAll(latest);
            copy.gone.addAll(gone);
            copy.organisationNames.addAll(organisationNames);
            return copy;
        }
    }
}
