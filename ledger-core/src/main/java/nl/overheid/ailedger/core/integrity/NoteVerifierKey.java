package nl.overheid.ailedger.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public half of a C2SP signed-note key (c2sp.org/signed-note), Ed25519 only (signature type 0x01): a key name and
 * a 32-byte public key. Its key id is the first four bytes of SHA-256(name || 0x0A || 0x01 || public key), and its
 * verifier key ("vkey"), the form standard tools read, is {@code name+<key id in hex>+base64(0x01 || public key)}.
 */
public record NoteVerifierKey(String name, byte[] publicKey) {

    static final byte ED25519 = 0x01;
    private static final String SIGNATURE_PREFIX = "\u2014 ";

    public NoteVerifierKey {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("a key name is not empty and holds no space or '+': " + name);
        }
        Ed25519.publicKeyFromRaw(publicKey);
        publicKey = publicKey.clone();
    }

    public static NoteVerifierKey of(String name, PublicKey publicKey) {
        return new NoteVerifierKey(name, Ed25519.rawPublicKey(publicKey));
    }

    /** @throws IllegalArgumentException if {@code vkey} is not an Ed25519 verifier key whose id matches */
    public static NoteVerifierKey parse(String vkey) {
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("not a verifier key name+keyid+key: " + vkey);
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length == 0 || key[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 verifier key: " + vkey);
        }
        NoteVerifierKey parsed = new NoteVerifierKey(parts[0], Arrays.copyOfRange(key, 1, key.length));
        if (parsed.keyId() != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new IllegalArgumentException("the key id of " + vkey + " does not match its key");
        }
        return parsed;
    }

    public int keyId() {
        byte[] hashed = Sha256.digest(concat((name + "\n").getBytes(StandardCharsets.UTF_8), new byte[] {ED25519},
                publicKey));
        return ByteBuffer.wrap(hashed, 0, 4).getInt();
    }

    public String vkey() {
        return name + "+" + HexFormat.of().toHexDigits(keyId()) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[] {ED25519}, publicKey));
    }

    /**
     * Whether {@code note} carries a valid signature of this key over its text. Signatures of other keys are ignored,
     * as the specification says; a note without this key's signature, or with one that does not verify, is refused.
     */
    public boolean verifies(String note) {
        int separator = note.lastIndexOf("\n\n");
        if (separator < 0) {
            return false;
        }
        byte[] text = note.substring(0, separator + 1).getBytes(StandardCharsets.UTF_8);
        PublicKey key = Ed25519.publicKeyFromRaw(publicKey);
        boolean signed = false;
        for (String line : note.substring(separator + 2).split("\n")) {
            String[] parts = line.startsWith(SIGNATURE_PREFIX) ? line.substring(SIGNATURE_PREFIX.length()).split(" ")
                    : new String[0];
            if (parts.length != 2 || !parts[0].equals(name)) {
                continue;
            }
            byte[] signature = Base64.getDecoder().decode(parts[1]);
            if (signature.length < 4 || ByteBuffer.wrap(signature, 0, 4).getInt() != keyId()) {
                continue;
            }
            if (!Ed25519.verify(key, text, Arrays.copyOfRange(signature, 4, signature.length))) {
                return false;
            }
            signed = true;
        }
        return signed;
    }

    static String signatureLine(String name, int keyId, byte[] signature) {
        return SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(
                concat(ByteBuffer.allocate(4).putInt(keyId).array(), signature)) + "\n";
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer joined = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(joined::put);
        return joined.array();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey key && key.name.equals(name) && Arrays.equals(key.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return vkey();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }
}
