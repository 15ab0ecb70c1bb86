package nl.overheid.ailedger.core.algoritmeregister;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints in lowercase hex, by which the import sees whether a field changed. */
final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprint of a text; a missing text has the fingerprint of the empty one. */
    static String of(String text) {
        return of((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }

    static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
