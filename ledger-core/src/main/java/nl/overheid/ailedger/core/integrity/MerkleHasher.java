package nl.overheid.ailedger.core.integrity;

/**
 * RFC 6962 / RFC 9162 hashing with SHA-256. The 0x00 and 0x01 prefixes separate leaves from interior nodes, so a
 * leaf can never be passed off as a node (second-preimage protection).
 */
public final class MerkleHasher {

    /** Length in bytes of every leaf, node and root hash. */
    public static final int HASH_LENGTH = Sha256.LENGTH;

    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private MerkleHasher() {
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        return Sha256.digest(LEAF_PREFIX, data);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Sha256.digest(NODE_PREFIX, left, right);
    }

    /** The root of the empty tree: SHA-256 of the empty string. */
    public static byte[] emptyRoot() {
        return Sha256.digest();
    }
}
