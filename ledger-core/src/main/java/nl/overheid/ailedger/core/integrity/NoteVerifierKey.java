package nl.overheid.ailedger.core.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The public half of a C2SP signed-note key (c2sp.org/signed-note): a key name, a {@link NoteKeyType} and a 32-byte
 * Ed25519 public key. Its key id is the first four bytes of SHA-256(name || 0x0A || type || public key), and its
 * verifier key ("vkey"), the form standard tools read, is {@code name+<key id in hex>+base64(type || public key)}.
 */
public record NoteVerifierKey(String name, NoteKeyType type, byte[] publicKey) {

    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int KEY_ID_LENGTH = 4;
    private static final int TIMESTAMP_LENGTH = 8;

    public NoteVerifierKey {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("a key name is not empty and holds no space or '+': " + name);
        }
        Ed25519.publicKeyFromRaw(publicKey);
        publicKey = publicKey.clone();
    }

    public static NoteVerifierKey of(String name, PublicKey publicKey) {
        return new NoteVerifierKey(name, NoteKeyType.ED25519, Ed25519.rawPublicKey(publicKey));
    }

    /** @throws IllegalArgumentException if {@code vkey} is not a verifier key of a known type whose id matches */
    public static NoteVerifierKey parse(String vkey) {
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("not a verifier key name+keyid+key: " + vkey);
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length == 0) {
            throw new IllegalArgumentException("a verifier key without a key: " + vkey);
        }
        NoteVerifierKey parsed = new NoteVerifierKey(parts[0], NoteKeyType.of(key[0]),
                Arrays.copyOfRange(key, 1, key.length));
        if (parsed.keyId() != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new IllegalArgumentException("the key id of " + vkey + " does not match its key");
        }
        return parsed;
    }

    public int keyId() {
        byte[] hashed = Sha256.digest(concat((name + "\n").getBytes(StandardCharsets.UTF_8), new byte[] {type.code()},
                publicKey));
        return ByteBuffer.wrap(hashed, 0, KEY_ID_LENGTH).getInt();
    }

    public String vkey() {
        return name + "+" + HexFormat.of().toHexDigits(keyId()) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[] {type.code()}, publicKey));
    }

    /**
     * Whether {@code note} carries a valid signature of this key over its text. Signatures of other keys are ignored,
     * as the specification says; a note without this key's signature, or with one that does not verify, is refused.
     */
    public boolean verifies(String note) {
        return signature(note).isPresent();
    }

    /** When this cosigner cosigned {@code note}: empty unless the note carries its valid cosignature. */
    public Optional<Instant> cosignedAt(String note) {
        if (type != NoteKeyType.COSIGNATURE_V1) {
            return Optional.empty();
        }
        return signature(note).map(signature -> Instant.ofEpochSecond(timestamp(signature)));
    }

    /** This key's valid signature in the note, without its key id; empty if none, or if one of its fails. */
    private Optional<byte[]> signature(String note) {
        int separator = note.lastIndexOf("\n\n");
        if (separator < 0) {
            return Optional.empty();
        }
        String text = note.substring(0, separator + 1);
        PublicKey key = Ed25519.publicKeyFromRaw(publicKey);
        byte[] valid = null;
        for (String line : note.substring(separator + 2).split("\n")) {
            String[] parts = line.startsWith(SIGNATURE_PREFIX) ? line.substring(SIGNATURE_PREFIX.length()).split(" ")
                    : new String[0];
            if (parts.length != 2 || !parts[0].equals(name)) {
                continue;
            }
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (signature.length < KEY_ID_LENGTH || ByteBuffer.wrap(signature, 0, KEY_ID_LENGTH).getInt() != keyId()) {
                continue;
            }
            byte[] withoutKeyId = Arrays.copyOfRange(signature, KEY_ID_LENGTH, signature.length);
            if (!verifiesSignature(key, text, withoutKeyId)) {
                return Optional.empty();
            }
            valid = withoutKeyId;
        }
        return Optional.ofNullable(valid);
    }

    private boolean verifiesSignature(PublicKey key, String text, byte[] signature) {
        if (type == NoteKeyType.ED25519) {
            return Ed25519.verify(key, text.getBytes(StandardCharsets.UTF_8), signature);
        }
        return signature.length > TIMESTAMP_LENGTH && timestamp(signature) >= 0
                && Ed25519.verify(key, cosignedMessage(text, timestamp(signature)),
                Arrays.copyOfRange(signature, TIMESTAMP_LENGTH, signature.length));
    }

    /** What a v1 cosignature signs: a header line, a time line, then the note text. */
    static byte[] cosignedMessage(String text, long timestamp) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static long timestamp(byte[] cosignature) {
        return ByteBuffer.wrap(cosignature, 0, TIMESTAMP_LENGTH).getLong();
    }

    /** A signature line of this key: {@code — name base64(key id || signature)}. */
    String signatureLine(byte[] signature) {
        return SIGNATURE_PREFIX + name + " " + Base64.getEncoder().encodeToString(
                concat(ByteBuffer.allocate(KEY_ID_LENGTH).putInt(keyId()).array(), signature)) + "\n";
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer joined = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        Arrays.stream(parts).forEach(joined::put);
        return joined.array();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifierKey key && key.name.equals(name) && key.type == type
                && Arrays.equals(key.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + type.hashCode()) + Arrays.hashCode(publicKey);
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
