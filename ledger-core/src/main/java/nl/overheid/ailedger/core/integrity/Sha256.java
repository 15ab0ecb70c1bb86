package nl.overheid.ailedger.core.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The single place where SHA-256 digests are created. */
final class Sha256 {

    static final int LENGTH = 32;

    /**
     * One digest per thread, reset by every {@link MessageDigest#digest()}: looking one up and creating it took more
     * time than hashing a leaf or a node.
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {
    }

    /** SHA-256 over the concatenation of {@code parts}. */
    static byte[] digest(byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        digest.reset(); // in case a null part interrupted the last use
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
