package nl.overheid.ailedger.core.integrity;

import java.time.Instant;

/**
 * A {@link Checkpoint} with its Ed25519 signature and the public key it was signed with (both base64), in the flat
 * shape the audit API publishes.
 */
public record SignedCheckpoint(long treeSize, String rootHash, Instant signedAt, String keyId, String signature,
                               String publicKey) {

    public static SignedCheckpoint of(Checkpoint checkpoint, String signature, String publicKey) {
        return new SignedCheckpoint(checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.signedAt(),
                checkpoint.keyId(), signature, publicKey);
    }

    /**
     * @throws IllegalArgumentException if the fields do not form a valid checkpoint
     */
    public Checkpoint toCheckpoint() {
        return new Checkpoint(treeSize, rootHash, signedAt, keyId);
    }

    /** Whether this is a valid checkpoint with a valid signature under {@code verifier}'s key. */
    public boolean isSignedBy(CheckpointVerifier verifier) {
        try {
            return signature != null && verifier.verify(toCheckpoint(), signature);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
