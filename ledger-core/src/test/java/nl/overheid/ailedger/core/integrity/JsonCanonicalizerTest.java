package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 8785 examples (sections 3.2.2 to 3.2.4) and the test data of the RFC's reference implementation
 * (cyberphone/json-canonicalization, testdata/input and testdata/output), kept under {@code jcs/} as resources.
 */
class JsonCanonicalizerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = new JsonFactory();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rfc8785-3.2.2", "structures", "values", "weird", "french", "unicode"})
    void matchesPublishedCanonicalForm(String name) {
        String input = resource("jcs/input/" + name + ".json");

        assertThat(canonical(parse(input))).isEqualTo(resource("jcs/output/" + name + ".json"));
        assertThat(streamed(input)).isEqualTo(resource("jcs/output/" + name + ".json"));
    }

    @Test
    void producesTheUtf8BytesOfRfc8785Section324() {
        byte[] canonical = JsonCanonicalizer.canonicalize(parse(resource("jcs/input/rfc8785-3.2.2.json")));

        assertThat(Hex.encode(canonical)).isEqualTo("7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c22"
                + "6e756d62657273223a5b3333333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32"
                + "375d2c22737472696e67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d");
    }

    @Test
    void sortsNamesByUtf16CodeUnitsAsInRfc8785Section323() {
        JsonNode canonical = parse(canonical(parse(resource("jcs/input/rfc8785-3.2.3.json"))));

        List<String> values = new ArrayList<>();
        canonical.elements().forEachRemaining(value -> values.add(value.textValue()));
        assertThat(values).containsExactly("Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis",
                "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh");
    }

    @Test
    void sortsNestedObjectsAndKeepsArrayOrder() {
        JsonNode input = parse("[56, {\"d\": true, \"10\": null, \"1\": [ ]}, \"z\", \"a\"]");

        assertThat(canonical(input)).isEqualTo("[56,{\"1\":[],\"10\":null,\"d\":true},\"z\",\"a\"]");
    }

    @Test
    void placesSupplementaryCharactersByTheirHighSurrogate() {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        object.put("\uffff", 1).put("\ud83d\ude00", 2).put("\ue000", 3).put("z", 4);

        assertThat(canonical(object)).isEqualTo("{\"z\":4,\"\ud83d\ude00\":2,\"\ue000\":3,\"\uffff\":1}");
    }

    @Test
    void escapesOnlyTheMandatoryCharacters() {
        StringBuilder allControls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            allControls.append(c);
        }
        String expected = "\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                + "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a"
                + "\\u001b\\u001c\\u001d\\u001e\\u001f\"";

        assertThat(canonical(TextNode.valueOf(allControls.toString()))).isEqualTo(expected);
        assertThat(canonical(TextNode.valueOf("\"\\/<>&'\u007f\u2028\u00e9")))
                .isEqualTo("\"\\\"\\\\/<>&'\u007f\u2028\u00e9\"");
    }

    @Test
    void writesNumbersTheEcmaScriptWay() {
        JsonNode input = parse("[1E30, 4.50, 2e-3, 0.000001, 1e-7, 1E21, 1E20, -0.0, 56.0, 100, -7, 9007199254740992, -9007199254740992]");

        assertThat(canonical(input))
                .isEqualTo("[1e+30,4.5,0.002,0.000001,1e-7,1e+21,100000000000000000000,0,56,100,-7,9007199254740992,-9007199254740992]");
    }

    @Test
    void writesExactlyRepresentableBigIntegersLikeEcmaScript() {
        assertThat(canonical(BigIntegerNode.valueOf(BigInteger.TWO.pow(68)))).isEqualTo("295147905179352830000");
        assertThat(canonical(LongNode.valueOf(Long.MIN_VALUE))).isEqualTo("-9223372036854776000");
    }

    @Test
    void rejectsIntegersADoubleCannotHoldExactly() {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(LongNode.valueOf((1L << 53) + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(BigIntegerNode.valueOf(BigInteger.TEN.pow(400))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNanAndInfinity() {
        for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(DoubleNode.valueOf(value)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejectsUnpairedSurrogates() {
        for (String text : List.of("\ud83d", "a\ude00b", "\ude00\ud83d", "x\ud83d")) {
            assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(TextNode.valueOf(text)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejectsNodesWithoutJsonForm() {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(BinaryNode.valueOf(new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            nested objects                 | {"b":{"d":1,"c":{"f":[],"e":{}}},"a":[{"z":1,"y":2},[]]} | {"a":[{"y":2,"z":1},[]],"b":{"c":{"e":{},"f":[]},"d":1}}
            already sorted                 | { "a" : 1 , "b" : { "c" : [ true , false , null ] } }     | {"a":1,"b":{"c":[true,false,null]}}
            empty containers               | [{},[],[{}],{"":{}}]                                     | [{},[],[{}],{"":{}}]
            unicode escapes                | {"\\u00e9":"\\u20ac\\ud83d\\ude00\\u0000\\/\\u001F\\u007f"} | {"é":"€😀\\u0000/\\u001f"}
            raw non-ASCII                  | ["é€😀דּ"]                                                | ["é€😀דּ"]
            surrogate pairs in keys        | {"\\ufb33":1,"\\ud83d\\ude00":2,"ö":3,"\\u20ac":4,"z":5,"\\ud800\\udc00":6} | {"z":5,"ö":3,"€":4,"𐀀":6,"😀":2,"דּ":1}
            integers                       | [0,-0,1,-1,42,9007199254740992,-9007199254740992,295147905179352825856,-1e3] | [0,0,1,-1,42,9007199254740992,-9007199254740992,295147905179352830000,-1000]
            large and small doubles        | [1.7976931348623157e308,5e-324,4.9e-324,1e21,1e-6,1e-7,0.1,0.30000000000000004,-1.5E+300,-2.5e-300] | [1.7976931348623157e+308,5e-324,5e-324,1e+21,0.000001,1e-7,0.1,0.30000000000000004,-1.5e+300,-2.5e-300]
            doubles with integral values   | [1.0,-2.50E1,1e2,123456789e-9,9007199254740993.0] | [1,-25,100,0.123456789,9007199254740992]
            duplicate keys: the last wins  | {"b":1,"a":2,"b":{"y":3,"x":4}}                          | {"a":2,"b":{"x":4,"y":3}}
            nested duplicates              | {"x":{"k":1,"k":[{"z":1,"z":2}]},"x2":0}                 | {"x":{"k":[{"z":2}]},"x2":0}
            a dropped duplicate's problem  | {"a":1e400,"a":1}                                        | {"a":1}
            """)
    void writesTheCanonicalFormOfParsedJson(String name, String json, String expected) {
        assertThat(canonical(parse(json))).as(name).isEqualTo(expected);
        assertThat(streamed(json)).as(name).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"b":1e400,"a":[9007199254740993]}         | integer 9007199254740993 is not exactly
            {"b":[1,{"y":-1e999,"x":"\\udfff"}],"a":0} | string contains an unpaired surrogate at index 0
            ["\\ud800",1e400]                          | string contains an unpaired surrogate at index 0
            {"a":1,"a":1e400}                          | JSON cannot represent Infinity
            """)
    void reportsTheFirstProblemInCanonicalOrder(String json, String problem) throws IOException {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(parse(json)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(problem);
        assertThat(streamedProblem(json)).hasValueSatisfying(reason -> assertThat(reason).startsWith(problem));
    }

    /** The verifier reports such a line as not JSON rather than as unhashable: both name its sequence. */
    @ParameterizedTest
    @ValueSource(strings = {"{\"\\udc00\":1}", "{\"\\ud800\":1}", "{\"a\\ud800b\":1}"})
    void anUnpairedSurrogateInANameIsNotJsonToTheParserOfBytes(String json) {
        assertThatThrownBy(() -> JsonCanonicalizer.canonicalize(parse(json)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> streamedProblem(json)).hasCauseInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aReusedCanonicalizerStartsAfreshAfterInputThatIsNotJson() throws IOException {
        JsonCanonicalizer canonicalizer = new JsonCanonicalizer();
        try (JsonParser parser = JSON.createParser("{\"b\":{\"a\":[1,{\"c\":")) {
            parser.nextToken();
            assertThatThrownBy(() -> canonicalizer.read(parser, (name, value) -> true))
                    .isInstanceOf(JsonProcessingException.class);
        }
        try (JsonParser parser = JSON.createParser("{\"z\":1,\"y\":2}")) {
            parser.nextToken();
            assertThat(canonicalizer.read(parser, (name, value) -> !name.equals("z"))).isEmpty();
        }

        assertThat(new String(canonicalizer.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("{\"y\":2}");
    }

    @Test
    void canonicalFormIsAFixedPoint() {
        String once = canonical(parse(resource("jcs/input/weird.json")));

        assertThat(canonical(parse(once))).isEqualTo(once);
    }

    private static String canonical(JsonNode node) {
        return new String(JsonCanonicalizer.canonicalize(node), StandardCharsets.UTF_8);
    }

    /** The canonical form read straight from the JSON's UTF-8 bytes. */
    private static String streamed(String json) {
        JsonCanonicalizer canonicalizer = new JsonCanonicalizer();
        assertThat(read(canonicalizer, json)).isEmpty();
        return new String(canonicalizer.toByteArray(), StandardCharsets.UTF_8);
    }

    private static Optional<String> streamedProblem(String json) {
        return read(new JsonCanonicalizer(), json);
    }

    private static Optional<String> read(JsonCanonicalizer canonicalizer, String json) {
        try (JsonParser parser = JSON.createParser(json.getBytes(StandardCharsets.UTF_8))) {
            parser.nextToken();
            return canonicalizer.read(parser, (name, value) -> true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = JsonCanonicalizerTest.class.getResourceAsStream(name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
