package nl.overheid.ailedger.core.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The single place where SHA-256 digests are created. */
final class Sha256 {

    static final int LENGTH = 32;

    private Sha256() {
    }

    /** SHA-256 over the concatenation of {@code parts}. */
    static byte[] digest(byte[]... parts) {
        MessageDigest digest = newDigest();
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
