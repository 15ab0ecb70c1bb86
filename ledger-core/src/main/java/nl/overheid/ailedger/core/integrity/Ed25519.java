package nl.overheid.ailedger.core.integrity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** Ed25519 key and signature primitives of the JDK, gathered in one place. */
public final class Ed25519 {

    private static final String ALGORITHM = "Ed25519";
    private static final int KEY_ID_HEX_LENGTH = 16;
    private static final int RAW_KEY_LENGTH = 32;
    /** SubjectPublicKeyInfo of Ed25519 (RFC 8410) up to the key's 32 bytes. */
    private static final byte[] X509_PREFIX = Hex.decode("302a300506032b6570032100");

    private Ed25519() {
    }

    public static KeyPair generateKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java 15+ platform must provide " + ALGORITHM, e);
        }
    }

    /** The first 16 hex characters of SHA-256 over the X.509 (SubjectPublicKeyInfo) encoding of the key. */
    public static String keyId(PublicKey publicKey) {
        return Hex.encode(Sha256.digest(publicKey.getEncoded())).substring(0, KEY_ID_HEX_LENGTH);
    }

    /** Base64 of the X.509 (SubjectPublicKeyInfo) encoding. */
    public static String encodePublicKey(PublicKey publicKey) {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /**
     * @throws IllegalArgumentException if the text is not base64 of an X.509-encoded Ed25519 public key
     */
    public static PublicKey decodePublicKey(String x509Base64) {
        return publicKeyFromX509(Base64.getDecoder().decode(x509Base64));
    }

    /** The 32 bytes of RFC 8032: the X.509 encoding without its fixed 12-byte prefix. */
    public static byte[] rawPublicKey(PublicKey publicKey) {
        byte[] encoded = publicKey.getEncoded();
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    /** @throws IllegalArgumentException if {@code raw} is not 32 bytes of an Ed25519 public key */
    public static PublicKey publicKeyFromRaw(byte[] raw) {
        if (raw.length != RAW_KEY_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key is " + RAW_KEY_LENGTH + " bytes");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_KEY_LENGTH);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, RAW_KEY_LENGTH);
        return publicKeyFromX509(encoded);
    }

    /** The private key of a 32-byte RFC 8032 seed. */
    public static PrivateKey privateKeyFromSeed(byte[] seed) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519,
                    seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a 32-byte Ed25519 seed", e);
        }
    }

    static PublicKey publicKeyFromX509(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509-encoded Ed25519 public key", e);
        }
    }

    static PrivateKey privateKeyFromPkcs8(byte[] encoded) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8-encoded Ed25519 private key", e);
        }
    }

    static byte[] sign(PrivateKey privateKey, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key", e);
        }
    }

    /** Whether {@code signature} is valid; a malformed signature is simply invalid. */
    static boolean verify(PublicKey publicKey, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot verify with this key", e);
        }
    }
}
