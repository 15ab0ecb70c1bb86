package nl.overheid.ailedger.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;

/**
 * Signs C2SP signed notes with one Ed25519 key under one key name (c2sp.org/signed-note): as the note's author, or,
 * as a witness, with timestamped cosignatures of checkpoints (c2sp.org/tlog-cosignature).
 */
public final class NoteSigner {

    private final PrivateKey privateKey;
    private final NoteVerifierKey verifierKey;

    /** The author of notes. */
    public NoteSigner(String name, KeyPair keyPair) {
        this(name, NoteKeyType.ED25519, keyPair.getPrivate(), Ed25519.rawPublicKey(keyPair.getPublic()));
    }

    NoteSigner(String name, NoteKeyType type, PrivateKey privateKey, byte[] rawPublicKey) {
        this.privateKey = privateKey;
        this.verifierKey = new NoteVerifierKey(name, type, rawPublicKey);
    }

    /** A witness that cosigns checkpoints (type 0x04). */
    public static NoteSigner cosigner(String name, KeyPair keyPair) {
        return new NoteSigner(name, NoteKeyType.COSIGNATURE_V1, keyPair.getPrivate(),
                Ed25519.rawPublicKey(keyPair.getPublic()));
    }

    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /**
     * The signed note of {@code text}: the text, a blank line and this key's signature line.
     *
     * @throws IllegalArgumentException if the text does not end in a newline or holds a control character but newline
     * @throws IllegalStateException    if this is a cosigner's key
     */
    public String sign(String text) {
        requireType(NoteKeyType.ED25519);
        requireNoteText(text);
        return text + "\n" + verifierKey.signatureLine(Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * This witness's cosignature line for the note {@code text} at {@code time} (whole seconds).
     *
     * @throws IllegalStateException if this is not a cosigner's key
     */
    public String cosign(String text, Instant time) {
        requireType(NoteKeyType.COSIGNATURE_V1);
        requireNoteText(text);
        long timestamp = time.getEpochSecond();
        byte[] signature = Ed25519.sign(privateKey, NoteVerifierKey.cosignedMessage(text, timestamp));
        return verifierKey.signatureLine(ByteBuffer.allocate(Long.BYTES + signature.length)
                .putLong(timestamp).put(signature).array());
    }

    private void requireType(NoteKeyType type) {
        if (verifierKey.type() != type) {
            throw new IllegalStateException("a key of type " + verifierKey.type() + " cannot sign as " + type);
        }
    }

    private static void requireNoteText(String text) {
        if (!text.endsWith("\n") || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("a note text ends in a newline and holds no other control character");
        }
    }
}
