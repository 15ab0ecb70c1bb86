package nl.overheid.ailedger.core.integrity;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Base64;

/** Signs checkpoints with an Ed25519 private key held in memory; loading keys is {@link SigningKeys}' job. */
public final class CheckpointSigner {

    private final PrivateKey privateKey;
    private final String keyId;

    public CheckpointSigner(KeyPair keyPair) {
        this.privateKey = keyPair.getPrivate();
        this.keyId = Ed25519.keyId(keyPair.getPublic());
    }

    /** The id that checkpoints signed by this signer must carry. */
    public String keyId() {
        return keyId;
    }

    /**
     * Signs {@link Checkpoint#signedBytes()} and returns the signature in base64.
     *
     * @throws IllegalArgumentException if the checkpoint names another key
     */
    public String sign(Checkpoint checkpoint) {
        if (!checkpoint.keyId().equals(keyId)) {
            throw new IllegalArgumentException(
                    "checkpoint names key " + checkpoint.keyId() + " but this signer holds key " + keyId);
        }
        return Base64.getEncoder().encodeToString(Ed25519.sign(privateKey, checkpoint.signedBytes()));
    }
}
