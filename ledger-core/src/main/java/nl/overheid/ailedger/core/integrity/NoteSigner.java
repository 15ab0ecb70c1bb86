package nl.overheid.ailedger.core.integrity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;

/** Signs C2SP signed notes with one Ed25519 key under one key name (c2sp.org/signed-note). */
public final class NoteSigner {

    private final PrivateKey privateKey;
    private final NoteVerifierKey verifierKey;

    public NoteSigner(String name, KeyPair keyPair) {
        this(name, keyPair.getPrivate(), Ed25519.rawPublicKey(keyPair.getPublic()));
    }

    NoteSigner(String name, PrivateKey privateKey, byte[] rawPublicKey) {
        this.privateKey = privateKey;
        this.verifierKey = new NoteVerifierKey(name, rawPublicKey);
    }

    public NoteVerifierKey verifierKey() {
        return verifierKey;
    }

    /**
     * The signed note of {@code text}: the text, a blank line and this key's signature line.
     *
     * @throws IllegalArgumentException if the text does not end in a newline or holds a control character but newline
     */
    public String sign(String text) {
        if (!text.endsWith("\n") || text.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
            throw new IllegalArgumentException("a note text ends in a newline and holds no other control character");
        }
        byte[] signature = Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8));
        return text + "\n" + NoteVerifierKey.signatureLine(verifierKey.name(), verifierKey.keyId(), signature);
    }
}
