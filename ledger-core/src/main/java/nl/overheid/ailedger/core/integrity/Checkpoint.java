package nl.overheid.ailedger.core.integrity;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A statement that the ledger's Merkle tree had {@code treeSize} leaves and root {@code rootHash} (lowercase hex) at
 * {@code signedAt}, signed by the key identified by {@code keyId} (see {@link Ed25519#keyId}).
 *
 * <p>The constraints keep the signed bytes unambiguous in every JSON implementation: the size stays within the
 * integers a double holds exactly, and the time within the four-digit years RFC 3339 can express.
 */
public record Checkpoint(long treeSize, String rootHash, Instant signedAt, String keyId) {

    /** 2^53 - 1, the largest integer every JSON implementation reads exactly. */
    public static final long MAX_TREE_SIZE = (1L << 53) - 1;

    private static final Pattern ROOT_HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    public Checkpoint {
        if (treeSize < 0 || treeSize > MAX_TREE_SIZE) {
            throw new IllegalArgumentException("treeSize out of range: " + treeSize);
        }
        if (rootHash == null || !ROOT_HASH.matcher(rootHash).matches()) {
            throw new IllegalArgumentException("rootHash must be 64 lowercase hex characters: " + rootHash);
        }
        if (signedAt == null || signedAt.isBefore(EARLIEST) || signedAt.isAfter(LATEST)) {
            throw new IllegalArgumentException("signedAt must be within the years 0000-9999: " + signedAt);
        }
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("keyId must be 16 lowercase hex characters: " + keyId);
        }
    }

    /**
     * The bytes that get signed: the RFC 8785 canonical JSON of {@code treeSize}, {@code rootHash}, {@code signedAt}
     * (RFC 3339 in UTC, as {@link Instant#toString()} writes it) and {@code keyId}.
     */
    public byte[] signedBytes() {
        ObjectNode json = JsonNodeFactory.instance.objectNode()
                .put("treeSize", treeSize)
                .put("rootHash", rootHash)
                .put("signedAt", signedAt.toString())
                .put("keyId", keyId);
        return JsonCanonicalizer.canonicalize(json);
    }

    /**
     * The text of this checkpoint as a C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the origin, the tree size and
     * the base64 root hash, each on a line of its own. Signed as a note, standard tools can check it.
     */
    public String noteText(String origin) {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(Hex.decode(rootHash)) + "\n";
    }
}
