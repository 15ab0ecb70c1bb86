package nl.overheid.ailedger.core.algoritmeregister;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.overheid.ailedger.core.api.InvalidInputException.Field;

/**
 * Reads and checks a whole snapshot file before anything is imported. Both field sets of the register are
 * read (with {@code laatst_gewijzigd} or with {@code geregistreerd}); fields the ledger does not use, and
 * fields of later snapshots, are ignored; optional fields may be missing. A file with any wrong record is
 * refused as a whole, with up to {@value #MAX_PROBLEMS} of its problems named.
 */
public final class SnapshotReader {

    static final int MAX_PROBLEMS = 20;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MAX_TITLE = 500;
    /** The organisation register keeps names of up to 300 characters. */
    private static final int MAX_ORGANISATION = 300;
    private static final int MAX_PURPOSE = 10_000;
    private static final int MAX_IMPACT_ASSESSMENT = 200;
    private static final int MAX_URL = 2_000;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SnapshotReader() {
    }

    public static SnapshotContent read(byte[] body) {
        JsonNode root = parse(body);
        JsonNode list = root.get("algoritmes");
        if (list == null || !list.isArray()) {
            throw new InvalidSnapshotException("algoritmes", "is required: the array of registrations");
        }
        if (list.isEmpty()) {
            throw new InvalidSnapshotException("algoritmes", "holds no registrations");
        }
        List<Field> problems = new ArrayList<>();
        // The register states how many registrations it holds: without it, a truncated file cannot be told from a
        // register that shrank, and every registration missing from it would be retired.
        JsonNode count = root.get("count");
        if (count == null || !count.isIntegralNumber()) {
            problems.add(new Field("count", "is required: the number of registrations the register states, "
                    + "which algoritmes must hold"));
        } else if (!count.canConvertToInt() || count.asInt() != list.size()) {
            problems.add(new Field("count", "says " + count.asText() + " but algoritmes holds " + list.size()
                    + " registrations: is the file complete?"));
        }
        List<RegisterRecord> records = new ArrayList<>(list.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size() && problems.size() < MAX_PROBLEMS; i++) {
            RecordFields fields = new RecordFields(list.get(i), "algoritmes[" + i + "]", problems);
            RegisterRecord record = fields.record();
            if (record != null && !ids.add(record.id())) {
                problems.add(new Field("algoritmes[" + i + "].id", "'" + record.id() + "' occurs twice"));
            }
            records.add(record);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSnapshotException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new SnapshotContent(records, fetchedAt(root.get("fetched_at")));
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new InvalidSnapshotException("body", "is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidSnapshotException("body", "is not well-formed JSON" + where);
        } catch (IOException e) {
            throw new InvalidSnapshotException("body", "cannot be read");
        }
    }

    /** When the snapshot was fetched, if the file says so in a form that can be read; else null. */
    private static Instant fetchedAt(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The fields of one record, each checked, with a problem named for each that is wrong. */
    private static final class RecordFields {

        private final JsonNode node;
        private final String path;
        private final List<Field> problems;
        private final int problemsBefore;

        RecordFields(JsonNode node, String path, List<Field> problems) {
            this.node = node;
            this.path = path;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        /** The record, or null when it has problems. */
        RegisterRecord record() {
            if (!node.isObject()) {
                problems.add(new Field(path, "is not a JSON object"));
                return null;
            }
            String id = id();
            String title = text("title", true, MAX_TITLE);
            String purpose = text("doel", false, MAX_PURPOSE);
            String organisation = text("organisatie", true, MAX_ORGANISATION);
            RegisterStatus status = status();
            String impactAssessment = text("impactassessment", false, MAX_IMPACT_ASSESSMENT);
            String url = text("url", false, MAX_URL);
            LocalDate registeredOn = date("geregistreerd");
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new RegisterRecord(id, title, purpose, organisation, status, impactAssessment, url, registeredOn);
        }

        /** The register's ids are digits in a string; an id written as a whole number is read the same. */
        private String id() {
            JsonNode value = node.get("id");
            String id = value != null && value.canConvertToExactIntegral() ? value.asText() : text("id", true, 64);
            if (id != null && !ID.matcher(id).matches()) {
                problems.add(new Field(path + ".id", "'" + id + "' is not a register id (letters, digits, "
                        + "'.', '_' or '-', at most 64)"));
            }
            return id;
        }

        private RegisterStatus status() {
            String code = text("status", true, 64);
            if (code == null) {
                return null;
            }
            return RegisterStatus.ofCode(code).orElseGet(() -> {
                problems.add(new Field(path + ".status", "'" + code
                        + "' is not in_gebruik, ontwikkeling or buiten_gebruik"));
                return null;
            });
        }

        private LocalDate date(String field) {
            String text = text(field, false, 64);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                problems.add(new Field(path + "." + field, "'" + text + "' is not a date such as 2024-02-06"));
                return null;
            }
        }

        /** The stripped text of a field; null when it is missing, null or blank (a problem when required). */
        private String text(String field, boolean required, int maxLength) {
            JsonNode value = node.get(field);
            String name = path + "." + field;
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                if (required) {
                    problems.add(new Field(name, "is required"));
                }
                return null;
            }
            if (!value.isTextual()) {
                problems.add(new Field(name, "must be a string"));
                return null;
            }
            String text = value.asText().strip();
            if (text.length() > maxLength) {
                problems.add(new Field(name, "is longer than " + maxLength + " characters"));
                return null;
            }
            return text;
        }
    }
}
