package nl.overheid.ailedger.core.integrity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The offline verifier: checks an exported journal (the NDJSON of the journal endpoint) against checkpoints (the JSON
 * of the checkpoints endpoints) with nothing but the files, streaming the journal line by line.
 */
public final class JournalVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalVerifier() {
    }

    /**
     * Reads the checkpoints endpoint's {@code {"items": [...]}}, a bare array, or the single latest checkpoint.
     *
     * @throws IllegalArgumentException if the text is not such JSON or a checkpoint lacks a field
     */
    public static List<SignedCheckpoint> readCheckpoints(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the checkpoints are not JSON: " + e.getOriginalMessage());
        }
        JsonNode items = root != null && root.has("items") ? root.get("items") : root;
        List<SignedCheckpoint> checkpoints = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(item -> checkpoints.add(checkpoint(item)));
        } else if (items != null && items.isObject()) {
            checkpoints.add(checkpoint(items));
        } else {
            throw new IllegalArgumentException("expected a checkpoint, a list of them, or {\"items\": [...]}");
        }
        return checkpoints;
    }

    /**
     * Verifies the journal against the checkpoints.
     *
     * @param expectedPublicKey the base64 public key the auditor trusts; when absent, each checkpoint is checked
     *                          against the public key it publishes itself
     */
    public static AuditVerdict verify(BufferedReader journal, List<SignedCheckpoint> checkpoints,
                                      Optional<String> expectedPublicKey) throws IOException {
        List<SignedCheckpoint> bySize = checkpoints.stream()
                .sorted(Comparator.comparingLong(SignedCheckpoint::treeSize)).toList();
        JournalAudit audit = new JournalAudit(bySize.iterator(), trust(expectedPublicKey));
        long lineNumber = 0;
        for (String text = journal.readLine(); text != null; text = journal.readLine()) {
            lineNumber++;
            if (!text.isBlank() && !check(audit, text, lineNumber)) {
                break;
            }
        }
        return audit.finish();
    }

    private static boolean check(JournalAudit audit, String text, long lineNumber) {
        long expected = audit.nextSequence();
        JsonNode line;
        try {
            line = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return audit.reject(expected, "line " + lineNumber + " of the journal is not JSON");
        }
        if (!(line instanceof ObjectNode object) || !line.path(JournalLine.SEQUENCE).canConvertToExactIntegral()
                || !line.path(JournalLine.LEAF_HASH).isTextual()) {
            return audit.reject(expected, "line " + lineNumber + " of the journal lacks a sequence or a leafHash");
        }
        byte[] sealedLeaf;
        byte[] recomputedLeaf;
        try {
            sealedLeaf = Hex.decode(object.remove(JournalLine.LEAF_HASH).textValue());
            recomputedLeaf = JournalLine.leafHash(object);
        } catch (IllegalArgumentException e) {
            return audit.reject(expected, "line " + lineNumber + " of the journal cannot be hashed: " + e.getMessage());
        }
        return audit.accept(object.get(JournalLine.SEQUENCE).longValue(), recomputedLeaf, sealedLeaf);
    }

    private static Predicate<SignedCheckpoint> trust(Optional<String> expectedPublicKey) {
        if (expectedPublicKey.isPresent()) {
            CheckpointVerifier verifier = CheckpointVerifier.forPublicKey(expectedPublicKey.get());
            return checkpoint -> checkpoint.isSignedBy(verifier);
        }
        Map<String, Optional<CheckpointVerifier>> byKey = new HashMap<>();
        return checkpoint -> checkpoint.publicKey() != null && byKey
                .computeIfAbsent(checkpoint.publicKey(), JournalVerifier::verifierOf)
                .map(checkpoint::isSignedBy).orElse(false);
    }

    private static Optional<CheckpointVerifier> verifierOf(String publicKey) {
        try {
            return Optional.of(CheckpointVerifier.forPublicKey(publicKey));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }

    private static SignedCheckpoint checkpoint(JsonNode node) {
        for (String field : List.of("treeSize", "rootHash", "signedAt", "keyId", "signature", "publicKey")) {
            if (!node.hasNonNull(field)) {
                throw new IllegalArgumentException("a checkpoint lacks " + field);
            }
        }
        if (!node.get("treeSize").canConvertToExactIntegral()) {
            throw new IllegalArgumentException("a checkpoint's treeSize is not a whole number");
        }
        try {
            return new SignedCheckpoint(node.get("treeSize").longValue(), node.get("rootHash").asText(),
                    Instant.parse(node.get("signedAt").asText()), node.get("keyId").asText(),
                    node.get("signature").asText(), node.get("publicKey").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a checkpoint's signedAt is not an RFC 3339 instant");
        }
    }
}
