package nl.overheid.ailedger.core.integrity;

import java.security.PublicKey;
import java.util.Base64;

/** Checks checkpoint signatures against one Ed25519 public key. */
public final class CheckpointVerifier {

    private final PublicKey publicKey;
    private final String keyId;

    public CheckpointVerifier(PublicKey publicKey) {
        this.publicKey = publicKey;
        this.keyId = Ed25519.keyId(publicKey);
    }

    /**
     * @throws IllegalArgumentException if the text is not base64 of an X.509-encoded Ed25519 public key
     */
    public static CheckpointVerifier forPublicKey(String x509Base64) {
        return new CheckpointVerifier(Ed25519.decodePublicKey(x509Base64));
    }

    public String keyId() {
        return keyId;
    }

    /**
     * Whether {@code signatureBase64} is this key's signature over the checkpoint. A checkpoint naming another key id,
     * or a signature that is not even valid base64, does not verify.
     */
    public boolean verify(Checkpoint checkpoint, String signatureBase64) {
        if (!checkpoint.keyId().equals(keyId)) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return Ed25519.verify(publicKey, checkpoint.signedBytes(), signature);
    }
}
