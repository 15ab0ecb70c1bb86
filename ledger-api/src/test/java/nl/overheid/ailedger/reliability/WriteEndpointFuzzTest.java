package nl.overheid.ailedger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerClient.Response;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.application.ApplicationRequests;
import nl.overheid.ailedger.core.json.UnpairedSurrogates;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throws generated bad requests at every write endpoint: random JSON, malformed and invalid UTF-8 bytes, deep
 * nesting, valid bodies with one field removed, of the wrong type, too long, with a control character, a half
 * surrogate pair, a bidirectional control or only invisible characters, with a date far away or not in RFC 3339,
 * with a field too many or a field given twice, and ids with odd characters. Every answer must be a 4xx
 * problem, nothing may be stored, and the ledger must stay up.
 */
class WriteEndpointFuzzTest {

    private static final String ADMIN = "dev-admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningLedger ledger;
    private static LedgerClient client;
    private static JdbcTemplate jdbc;
    private static String organisationToken;
    private static String applicationId;
    private static JsonNode standpunt;

    @BeforeContainer
    static void start() {
        ledger = RunningLedger.start(TestStorage.fresh());
        client = ledger.client();
        jdbc = ledger.bean(JdbcTemplate.class);
        organisationToken = client.createOrganisation(ADMIN, "gemeente-fuzz", "GEMEENTE");
        applicationId = UUID.randomUUID().toString();
        client.post("/api/v1/applications", organisationToken, ApplicationRequests.registration(applicationId, "PILOT"));
        standpunt = client.get("/api/v1/policy/rulesets?at=2025-06-01", ADMIN).json().at("/ruleSets/1");
    }

    @AfterContainer
    static void stop() {
        ledger.close();
    }

    /** A half surrogate pair goes over the wire as its JSON escape: in UTF-8 it cannot be written at all. */
    @Property
    void refusesMutatedBodies(@ForAll("endpoints") Endpoint endpoint, @ForAll("mutations") Mutation mutation) {
        ObjectNode body = endpoint.template();
        mutation.apply(body, endpoint.requiredFields());
        assertRefusedWithoutStoring(endpoint, UnpairedSurrogates.escape(body.toString()).getBytes(StandardCharsets.UTF_8));
    }

    /** A valid body with one of its fields given a second time, with the same value or another. */
    @Property
    void refusesAFieldGivenTwice(@ForAll("endpoints") Endpoint endpoint, @ForAll @IntRange(max = 100) int field,
                                 @ForAll boolean sameValue) {
        ObjectNode body = endpoint.template();
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        String name = names.get(field % names.size());
        JsonNode value = sameValue ? body.get(name) : JsonNodeFactory.instance.textNode("anders");
        String twice = "{" + JsonNodeFactory.instance.textNode(name) + ":" + value + "," + body.toString().substring(1);
        assertRefusedWithoutStoring(endpoint, twice.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void refusesMalformedBytes(@ForAll("endpoints") Endpoint endpoint, @ForAll("malformed") byte[] body) {
        assertRefusedWithoutStoring(endpoint, body);
    }

    @Property
    void refusesRandomJson(@ForAll("endpoints") Endpoint endpoint, @ForAll("json") JsonNode body) {
        assertRefusedWithoutStoring(endpoint, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void refusesOddApplicationIds(@ForAll("oddIds") String id) {
        Endpoint events = new Endpoint("/api/v1/applications/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "/events", organisationToken, WriteEndpointFuzzTest::signOff, List.of());
        assertRefusedWithoutStoring(events, signOff().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefusedWithoutStoring(Endpoint endpoint, byte[] body) {
        long before = storedEvents();
        Response response = client.postBytes(endpoint.path(), endpoint.token(), body);
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @AfterProperty
    void staysHealthy() {
        assertThat(client.get("/actuator/health", null).json().get("status").asText()).isEqualTo("UP");
    }

    private static long storedEvents() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    @Provide
    Arbitrary<Endpoint> endpoints() {
        return Arbitraries.of(
                new Endpoint("/api/v1/organisations", ADMIN, () -> object(Map.of(
                        "id", "org-" + UUID.randomUUID().toString().substring(0, 8), "name", "Gemeente X",
                        "layer", "GEMEENTE")), List.of("id", "name", "layer")),
                new Endpoint("/api/v1/credentials", ADMIN, () -> object(Map.of("role", "ANALYST", "label", "x")),
                        List.of("role", "label")),
                new Endpoint("/api/v1/applications", organisationToken, WriteEndpointFuzzTest::registration,
                        List.of("name", "phase", "generativeAi", "procurement", "personalData", "sensitiveData",
                                "aiActRiskClass", "occurredAt")),
                new Endpoint("/api/v1/applications/" + applicationId + "/events", organisationToken,
                        WriteEndpointFuzzTest::signOff, List.of("type", "role", "signedBy", "occurredAt")),
                // not a write, but a POST with a body as involved as any: refused in the same way
                new Endpoint("/api/v1/policy/simulations", ADMIN, WriteEndpointFuzzTest::simulation,
                        List.of("draft", "replaces")));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> hugeText = Arbitraries.strings().alpha().ofMinLength(4_001).ofMaxLength(60_000);
        Arbitrary<String> withControl = Arbitraries.strings().ofMinLength(1).ofMaxLength(30)
                .map(s -> s + (char) 1 + s);
        Arbitrary<String> unreadable = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(20),
                Arbitraries.of('\ud800', '\udbff', '\udc00', '\udfff', '\u202a', '\u202b', '\u202c', '\u202d',
                        '\u202e', '\u2066', '\u2067', '\u2068', '\u2069')).as((text, c) -> text + c + text);
        Arbitrary<String> invisible = Arbitraries.strings().withChars('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
                '\u00ad', ' ', '\u00a0', '\u3000', '\u3164').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> farDates = Arbitraries.of("1900-01-01T00:00:00Z", "2999-12-31T23:59:59Z",
                "0001-01-01T00:00:00Z", "+100000-01-01T00:00:00Z", "2025-13-45T99:00:00Z", "yesterday", "",
                "1746090000", "2025-06-01T09:00:00");
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 100);
        return Arbitraries.oneOf(
                index.map(i -> new Mutation("remove required field " + i, (body, required) ->
                        body.remove(required.get(i % required.size())))),
                Combinators.combine(index, index).as((i, kind) -> new Mutation("wrong type " + kind + " for field " + i,
                        (body, required) -> {
                            String field = required.get(i % required.size());
                            body.set(field, wrongTypeFor(body.get(field), kind));
                        })),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(name -> new Mutation(
                        "extra field " + name, (body, required) -> body.put("unexpected" + name, "x"))),
                Combinators.combine(index, hugeText).as((i, text) -> new Mutation("text of " + text.length()
                        + " characters", (body, required) -> replaceText(body, i, text))),
                Combinators.combine(index, withControl).as((i, text) -> new Mutation("control character",
                        (body, required) -> replaceText(body, i, text))),
                Combinators.combine(index, unreadable).as((i, text) -> new Mutation("unpaired surrogate or bidi "
                        + "control", (body, required) -> replaceText(body, i, text))),
                Combinators.combine(index, invisible).as((i, text) -> new Mutation("invisible text",
                        (body, required) -> replaceText(body, i, text))),
                farDates.map(date -> new Mutation("occurredAt " + date, (body, required) -> {
                    if (body.has("occurredAt")) {
                        body.put("occurredAt", date);
                    } else {
                        body.remove(required.get(0));
                    }
                })));
    }

    /** A value of another JSON type than {@code current} (null is never chosen: it means "absent"). */
    private static JsonNode wrongTypeFor(JsonNode current, int choice) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        List<JsonNode> candidates = new ArrayList<>(List.of(json.arrayNode().add("x"), json.objectNode().put("n", 1)));
        if (!current.isNumber()) {
            candidates.add(json.numberNode(42));
            candidates.add(json.numberNode(1.5));
        }
        if (!current.isBoolean()) {
            candidates.add(json.booleanNode(true));
        }
        if (!current.isTextual()) {
            candidates.add(json.textNode("true"));
        }
        return candidates.get(choice % candidates.size());
    }

    @Provide
    Arbitrary<byte[]> malformed() {
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"',
                (byte) 0xC3, (byte) 0x28, '"', '}'}, new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'});
        Arbitrary<byte[]> deepNesting = Arbitraries.integers().between(1_001, 20_000)
                .map(depth -> ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(1, 60)
                .map(n -> signOff().toString().substring(0, n).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(randomBytes, invalidUtf8, deepNesting, truncated);
    }

    @Provide
    Arbitrary<JsonNode> json() {
        return Arbitraries.recursive(this::scalar, this::container, 0, 4);
    }

    @Provide
    Arbitrary<String> oddIds() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(80),
                Arbitraries.of("..", "../../actuator", "%00", "a/b", " ", "null", "' OR '1'='1", "\u0000"));
    }

    private Arbitrary<JsonNode> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.of(JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.nullNode()));
    }

    private Arbitrary<JsonNode> container(Arbitrary<JsonNode> element) {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(12),
                Arbitraries.of("type", "id", "name", "occurredAt", "phase", "role"));
        return Arbitraries.oneOf(
                element.list().ofMaxSize(4).map(list -> JsonNodeFactory.instance.arrayNode().addAll(list)),
                Arbitraries.maps(keys, element).ofMaxSize(5).map(map -> {
                    ObjectNode object = JsonNodeFactory.instance.objectNode();
                    map.forEach(object::set);
                    return object;
                }));
    }

    private static void replaceText(ObjectNode body, int index, String text) {
        List<String> textFields = new ArrayList<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && !field.getKey().equals("occurredAt")) {
                textFields.add(field.getKey());
            }
        });
        body.put(textFields.get(index % textFields.size()), text);
    }

    private static ObjectNode registration() {
        try {
            return (ObjectNode) JSON.readTree(ApplicationRequests.registration(UUID.randomUUID().toString(), "PILOT"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode signOff() {
        return object(Map.of("type", "RoleSignedOff", "role", "CIO", "signedBy", "A. Jansen",
                "occurredAt", "2025-06-01T09:00:00Z"));
    }

    private static ObjectNode simulation() {
        ObjectNode simulation = object(Map.of("replaces", "standpunt-2025"));
        simulation.set("draft", standpunt.deepCopy());
        return simulation;
    }

    private static ObjectNode object(Map<String, String> fields) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        fields.forEach(object::put);
        return object;
    }

    record Endpoint(String path, String token, Supplier<ObjectNode> templates,
                    List<String> requiredFields) {

        ObjectNode template() {
            return templates.get();
        }

        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    /** Makes a valid body invalid. */
    record Mutation(String description, BiConsumer<ObjectNode, List<String>> change) {

        void apply(ObjectNode body, List<String> requiredFields) {
            change.accept(body, requiredFields);
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
