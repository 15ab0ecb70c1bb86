package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The figures of a run under dotted keys ({@code ingest.eventsPerSecond}), kept as the JSON of results.json. */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = JsonNodeFactory.instance.objectNode();

    void put(String key, double value) {
        parent(key).put(leaf(key), Double.isFinite(value) ? round(value) : null);
    }

    void put(String key, String value) {
        parent(key).put(leaf(key), value);
    }

    void put(String key, Object value) {
        parent(key).set(leaf(key), JSON.valueToTree(value));
    }

    /** The value under the key, or NaN when the run did not measure it. */
    double get(String key) {
        JsonNode node = node(key);
        return node != null && node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    String text(String key) {
        JsonNode node = node(key);
        return node == null || node.isNull() ? null : node.isTextual() ? node.textValue() : node.toString();
    }

    JsonNode node(String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), root);
    }

    private ObjectNode parent(String key) {
        ObjectNode node = root;
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        return node;
    }

    private static String leaf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Three significant digits: the noise of a shared machine is larger than that. */
    private static double round(double value) {
        if (value == 0) {
            return 0;
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(value))));
        return Math.round(value * scale) / scale;
    }
}
