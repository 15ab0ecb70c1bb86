package nl.overheid.ailedger.upgrade;

import static nl.overheid.ailedger.audit.Auditor.hash;
import static nl.overheid.ailedger.audit.Auditor.hashes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.ProjectionsCaughtUp;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.audit.Auditor;
import nl.overheid.ailedger.core.integrity.AuditVerdict;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.core.integrity.JournalVerifier;
import nl.overheid.ailedger.core.integrity.MerkleVerifier;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import nl.overheid.ailedger.reliability.Replays;
import nl.overheid.ailedger.upgrade.PreviousRelease.IssuedToken;
import nl.overheid.ailedger.upgrade.PreviousRelease.RecordedRead;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger of this checkout opens a store written by an earlier release and reads it as that release did: stored
 * events are never rewritten, the journal verifies against the old signed checkpoints, and the ledger goes on from
 * where the old one stopped. The store is the one of the storage the suite runs on (H2 files, or under the
 * {@code postgres} profile a PostgreSQL database), each with its signing key, made by the real release from the same
 * generator: see the fixtures' READMEs. A subclass per release says what changed since it. One ledger for the class;
 * the test that writes runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PreviousReleaseStoreTest {

    private static final String ADMIN = "dev-admin-token";
    /** Of Gemeente Utrecht, in production in every old store. */
    private static final String VERTAALHULP = "Vertaalhulp voor de balie";

    private final PreviousRelease release;
    private final Facts register;
    private final Facts commitments;
    private RunningLedger ledger;
    private LedgerClient client;
    private Auditor auditor;

    /** What of an application and of a commitment the release served that this one serves the same. */
    PreviousReleaseStoreTest(String commit, Facts register, Facts commitments) {
        this.release = PreviousRelease.of(commit);
        this.register = register;
        this.commitments = commitments;
    }

    /** The simple names of the event types revised since the release: read through an upcaster. */
    abstract Set<String> upcastTypes();

    /** The simple names of every event type in the release's store. */
    abstract Set<String> storedTypes();

    /** What the release called an application in use that it knew only from the Algoritmeregister. */
    abstract String statusOfWhatItKnewOnlyFromTheRegister();

    /** Whether the release recorded the register's impact assessment at an import: if not, the next import does. */
    abstract boolean recordedImpactAssessments();

    @BeforeAll
    void openTheOldStore() {
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.sealing.checkpoint-interval", "200ms");
        release.openIn(storage);
        ledger = RunningLedger.start(storage);
        client = ledger.client();
        auditor = new Auditor(client, ADMIN);
        ProjectionsCaughtUp.await(client, ADMIN);
    }

    @AfterAll
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void everyHistoryReadsExactlyAsTheOldReleaseServedIt() {
        assertHistoriesAsServedBefore();
    }

    @Test
    void theJournalKeepsEveryOldLineAndVerifiesAgainstTheCheckpointsTheOldReleaseSigned() throws IOException {
        List<ObjectNode> old = Auditor.lines(release.journal());
        String journal = auditor.journalText();
        List<ObjectNode> now = Auditor.lines(journal);

        assertThat(now).hasSizeGreaterThanOrEqualTo(old.size());
        for (int sequence = 0; sequence < old.size(); sequence++) {
            assertThat(now.get(sequence)).as("journal line %d", sequence).isEqualTo(old.get(sequence));
        }
        JsonNode verification = auditor.json("/verification");
        assertThat(verification.get("ok").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("verifiedEvents").asLong()).isEqualTo(now.size());
        assertThat(servedCheckpoints()).containsAll(release.checkpoints());

        List<SignedCheckpoint> checkpoints = oldAndNewCheckpoints();
        AuditVerdict verdict = verifyOffline(journal, checkpoints);
        assertThat(verdict.ok()).as(verdict.finding()).isTrue();
        assertThat(verdict.verifiedEvents()).isEqualTo(now.size());
        assertThat(verdict.verifiedCheckpoints()).isEqualTo(checkpoints.size());
    }

    @Test
    void writesMetadataAndEveryEventWhoseShapeDidNotChangeByteForByteAsTheOldReleaseStoredThem() throws ClassNotFoundException {
        Serializer events = ledger.bean("eventSerializer", Serializer.class);
        List<Map<String, Object>> rows = new JdbcTemplate(ledger.bean(DataSource.class)).queryForList(
                "SELECT payload_type, payload_revision, payload, meta_data FROM domain_event_entry");
        Set<String> stored = new HashSet<>();
        Set<String> compared = new HashSet<>();
        Set<String> upcast = new HashSet<>();
        for (Map<String, Object> row : rows) {
            assertWrittenAsStored(events, MetaData.class, null, (byte[]) row.get("meta_data"));
            Class<?> type = Class.forName((String) row.get("payload_type"));
            stored.add(type.getSimpleName());
            String revision = (String) row.get("payload_revision");
            if (!revision.equals(type.getAnnotation(Revision.class).value())) {
                upcast.add(type.getSimpleName());
                continue;
            }
            assertWrittenAsStored(events, type, revision, (byte[]) row.get("payload"));
            compared.add(type.getSimpleName());
        }
        assertThat(stored).as("the event types in the old store").isEqualTo(storedTypes());
        assertThat(upcast).as("revised since: read through an upcaster, written in their current shape")
                .isEqualTo(upcastTypes());
        assertThat(compared).as("the other event types in the old store")
                .hasSize(storedTypes().size() - upcastTypes().size());
    }

    @Test
    void theRegisterShowsEveryApplicationAsBefore() {
        assertRegisterAsServedBefore();
    }

    @Test
    void everyCommitmentReadsAsBefore() {
        assertServedAsBefore("commitments.json", commitments);
    }

    @Test
    void theOrganisationsAreListedAsBefore() {
        assertServedAsBefore("organisations.json", Facts.AS_SERVED);
    }

    @Test
    void tokensIssuedByTheOldReleaseStillAuthenticateWithTheirRoles() {
        List<IssuedToken> tokens = release.tokens();
        assertThat(tokens).extracting(IssuedToken::role).contains("ADMIN", "ORGANISATION", "ANALYST", "AUDITOR");
        for (IssuedToken issued : tokens) {
            Response current = client.get("/api/v1/credentials/current", issued.token());
            if (issued.revoked()) {
                assertThat(current.status()).as("revoked: " + issued.label()).isEqualTo(401);
                continue;
            }
            assertThat(current.status()).as(issued.label()).isEqualTo(200);
            assertThat(current.json().get("role").asText()).as(issued.label()).isEqualTo(issued.role());
            assertThat(current.json().get("organisationId").textValue()).as(issued.label())
                    .isEqualTo(issued.organisationId());
            assertThat(current.json().get("label").asText()).isEqualTo(issued.label());
            boolean auditor = issued.role().equals("AUDITOR") || issued.role().equals("ADMIN");
            assertThat(client.get("/api/v1/audit/checkpoints/latest", issued.token()).status())
                    .as(issued.label() + " reads the audit trail").isEqualTo(auditor ? 200 : 403);
            assertThat(client.get("/api/v1/admin/projections", issued.token()).status())
                    .as(issued.label() + " administers").isEqualTo(issued.role().equals("ADMIN") ? 200 : 403);
        }
    }

    @Test
    void aReplayRebuildsTheSameHistoriesAndRegister() {
        List<String> applications = release.reads("histories.json").stream().map(RecordedRead::path)
                .filter(path -> path.endsWith("/history"))
                .map(path -> path.substring("/api/v1/applications/".length(), path.length() - "/history".length()))
                .toList();

        Replays.assertReadModelsEqualAFreshReplay(client, applications);

        assertHistoriesAsServedBefore();
        assertRegisterAsServedBefore();
    }

    @Test
    void judgesWhatItKnowsOnlyFromTheRegisterUnknown() {
        Map<String, String> statusBefore = new HashMap<>();
        currentRegisterAsServedBefore().forEach(application ->
                statusBefore.put(application.get("id").asText(), application.at("/compliance/status").asText()));
        Set<String> unknownNow = new HashSet<>();
        admin("/api/v1/applications?generativeAi=true&phase=PRODUCTION&pageSize=500").get("items")
                .forEach(application -> {
                    String id = application.get("id").asText();
                    String status = application.at("/compliance/status").asText();
                    boolean observedOnly = items(admin("/api/v1/applications/" + id + "/history")).stream()
                            .allMatch(event -> event.at("/payload/source").asText().equals("algoritmeregister")
                                    || event.get("type").asText().matches("PhaseObserved|OwnerObserved"));
                    if (observedOnly) {
                        assertThat(status).as(id).isEqualTo("UNKNOWN");
                        unknownNow.add(id);
                    } else {
                        assertThat(status).as(id + " has steps of its organisation").isNotEqualTo("UNKNOWN");
                    }
                });
        assertThat(unknownNow).as("imported generative applications in use").isNotEmpty();
        assertThat(unknownNow).as("what the old release called them").allSatisfy(id ->
                assertThat(statusBefore.get(id)).as(id).isEqualTo(statusOfWhatItKnewOnlyFromTheRegister()));
    }

    /** After the replay and the reads: it imports, which may add events. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void recordsTheRegistersImpactAssessmentAtTheNextImportOfASnapshotIfTheOldReleaseDidNot() throws IOException {
        byte[] snapshot = release.snapshot("2026-06-30");
        Set<String> registerIds = new HashSet<>();
        new ObjectMapper().readTree(snapshot).get("algoritmes")
                .forEach(record -> registerIds.add(record.get("id").asText()));
        Response imported = client.postBytes("/api/v1/admin/imports/algoritmeregister?snapshotDate=2026-06-30", ADMIN,
                snapshot);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("registered").asInt()).isZero();
        int changed = imported.json().get("changed").asInt();
        if (recordedImpactAssessments()) {
            assertThat(changed).as("the old release recorded all of it: " + imported.body()).isZero();
        } else {
            assertThat(changed).as(imported.body()).isPositive();
        }
        ProjectionsCaughtUp.await(client, ADMIN);

        JsonNode imports = admin("/api/v1/applications?pageSize=500");
        List<JsonNode> observed = new ArrayList<>();
        imports.get("items").forEach(application -> {
            if (registerIds.contains(application.get("lars").asText())) {
                observed.add(application);
            }
        });
        assertThat(observed).isNotEmpty().allSatisfy(application ->
                assertThat(application.get("impactAssessment").asText()).isIn("YES", "NO", "UNKNOWN"));
        if (recordedImpactAssessments()) {
            assertHistoriesAsServedBefore();
            return;
        }
        String id = observed.get(0).get("id").asText();
        List<JsonNode> history = items(admin("/api/v1/applications/" + id + "/history"));
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("DetailsAmended");
        assertThat(last.get("occurredAt").asText()).isEqualTo("2026-06-30T00:00:00Z");
        assertThat(last.at("/payload/source").asText()).isEqualTo("algoritmeregister");
    }

    /** Last: it adds an event, which the other tests do not expect. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theLedgerGoesOnFromTheOldStoreAndItsNextCheckpointExtendsTheOldOnes() throws IOException {
        int oldEvents = Auditor.lines(release.journal()).size();
        List<SignedCheckpoint> oldCheckpoints = release.checkpoints();
        SignedCheckpoint lastOld = oldCheckpoints.get(oldCheckpoints.size() - 1);
        String vertaalhulp = currentRegisterAsServedBefore().stream()
                .filter(application -> application.get("name").asText().equals(VERTAALHULP))
                .findFirst().orElseThrow().get("id").asText();
        JsonNode oldHistory = answer(release.reads("histories.json"),
                "/api/v1/applications/" + vertaalhulp + "/history").get("items");
        String utrecht = release.tokens().stream()
                .filter(token -> "gemeente-utrecht".equals(token.organisationId()) && !token.revoked())
                .findFirst().orElseThrow().token();

        Response posted = client.post("/api/v1/applications/" + vertaalhulp + "/events", utrecht, """
                {"type": "IncidentReported", "severity": "LOW", "description": "Na de upgrade gemeld",
                 "occurredAt": "2026-11-30T12:00:00Z"}""");

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.json().get("sequence").asLong()).isEqualTo(oldHistory.size());
        List<ObjectNode> journal = auditor.awaitJournalWith(vertaalhulp, oldHistory.size() + 1);
        ObjectNode line = journal.get(journal.size() - 1);
        assertThat(line.get("sequence").asLong()).isEqualTo(journal.size() - 1).isGreaterThanOrEqualTo(oldEvents);
        assertThat(line.get("eventId")).isEqualTo(posted.json().get("eventId"));
        assertThat(line.get("payload").toString()).as("a new event is stored in the shape of the old ones")
                .isEqualTo("{\"applicationId\":\"" + vertaalhulp + "\",\"severity\":\"LOW\","
                        + "\"description\":\"Na de upgrade gemeld\",\"occurredAt\":\"2026-11-30T12:00:00Z\"}");

        JsonNode next = auditor.awaitCheckpoint(journal.size());
        long nextSize = next.get("treeSize").asLong();
        assertThat(next.get("keyId").asText()).isEqualTo(lastOld.keyId());
        JsonNode consistency = auditor.json("/consistency?from=" + lastOld.treeSize() + "&to=" + nextSize);
        assertThat(MerkleVerifier.verifyConsistency(lastOld.treeSize(), nextSize, Hex.decode(lastOld.rootHash()),
                hash(next.get("rootHash")), hashes(consistency.get("proof")))).isTrue();

        List<SignedCheckpoint> oldAndNew = oldAndNewCheckpoints();
        AuditVerdict verdict = verifyOffline(auditor.journalText(), oldAndNew);
        assertThat(verdict.ok()).as(verdict.finding()).isTrue();
        assertThat(verdict.verifiedCheckpoints()).isEqualTo(oldAndNew.size()).isGreaterThan(oldCheckpoints.size());
        assertThat(verdict.signedEvents()).isGreaterThanOrEqualTo(oldEvents + 1);
    }

    private static void assertWrittenAsStored(Serializer serializer, Class<?> type, String revision, byte[] stored) {
        Object read = serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class, type.getName(), revision));
        assertThat(new String(serializer.serialize(read, byte[].class).getData(), StandardCharsets.UTF_8))
                .as(type.getSimpleName()).isEqualTo(new String(stored, StandardCharsets.UTF_8));
    }

    private void assertHistoriesAsServedBefore() {
        for (RecordedRead read : release.reads("histories.json")) {
            List<JsonNode> now = items(admin(read.path()));
            List<JsonNode> old = items(read.answer());
            assertThat(now).as(read.path()).containsExactlyElementsOf(old);
        }
    }

    private void assertRegisterAsServedBefore() {
        assertServedAsBefore("applications.json", register);
    }

    /** Every application in the pages of the register the old release served at the end, read at that moment. */
    private List<JsonNode> currentRegisterAsServedBefore() {
        List<JsonNode> applications = new ArrayList<>();
        release.reads("applications.json").stream().filter(read -> read.path().startsWith("/api/v1/applications?")
                        && !read.path().contains("asOf") && !read.path().contains("validAt"))
                .forEach(read -> applications.addAll(items(read.answer())));
        return applications;
    }

    void assertServedAsBefore(String file, Facts facts) {
        for (RecordedRead read : release.reads(file)) {
            assertThat(facts.keptIn(admin(read.path()), read.answer())).as(read.path())
                    .isEqualTo(facts.of(read.answer()));
        }
    }

    private JsonNode admin(String path) {
        Response response = client.get(path, ADMIN);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private List<SignedCheckpoint> servedCheckpoints() throws IOException {
        byte[] checkpoints = client.get("/api/v1/audit/checkpoints", ADMIN).body().getBytes(StandardCharsets.UTF_8);
        return JournalVerifier.readCheckpoints(new ByteArrayInputStream(checkpoints));
    }

    /** The checkpoints the old release signed, as it served them, and those signed since. */
    private List<SignedCheckpoint> oldAndNewCheckpoints() throws IOException {
        List<SignedCheckpoint> checkpoints = new ArrayList<>(release.checkpoints());
        long oldTreeSize = checkpoints.get(checkpoints.size() - 1).treeSize();
        servedCheckpoints().stream().filter(checkpoint -> checkpoint.treeSize() > oldTreeSize)
                .forEach(checkpoints::add);
        return checkpoints;
    }

    /** The offline verifier on today's export, trusting only the public key the old release's operator published. */
    private AuditVerdict verifyOffline(String journal, List<SignedCheckpoint> checkpoints) throws IOException {
        return JournalVerifier.verify(new ByteArrayInputStream(journal.getBytes(StandardCharsets.UTF_8)), checkpoints,
                Optional.of(release.publicKey()));
    }

    private static JsonNode answer(List<RecordedRead> reads, String path) {
        return reads.stream().filter(read -> read.path().equals(path)).findFirst().orElseThrow().answer();
    }

    private static List<JsonNode> items(JsonNode answer) {
        List<JsonNode> items = new ArrayList<>();
        answer.get("items").forEach(items::add);
        return items;
    }
}
