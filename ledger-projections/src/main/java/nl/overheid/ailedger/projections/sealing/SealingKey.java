package nl.overheid.ailedger.projections.sealing;

import java.security.KeyPair;

import nl.overheid.ailedger.core.integrity.Checkpoint;
import nl.overheid.ailedger.core.integrity.CheckpointSigner;
import nl.overheid.ailedger.core.integrity.CheckpointVerifier;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/** The ledger's Ed25519 checkpoint key: it signs checkpoints and recognises its own signatures. */
public final class SealingKey {

    private final CheckpointSigner signer;
    private final CheckpointVerifier verifier;
    private final String publicKey;

    public SealingKey(KeyPair keyPair) {
        this.signer = new CheckpointSigner(keyPair);
        this.verifier = new CheckpointVerifier(keyPair.getPublic());
        this.publicKey = Ed25519.encodePublicKey(keyPair.getPublic());
    }

    public String keyId() {
        return signer.keyId();
    }

    /** Base64 of the X.509 encoding, as every checkpoint publishes it. */
    public String publicKey() {
        return publicKey;
    }

    SignedCheckpoint sign(Checkpoint checkpoint) {
        return SignedCheckpoint.of(checkpoint, signer.sign(checkpoint), publicKey);
    }

    boolean hasSigned(SignedCheckpoint checkpoint) {
        return checkpoint.isSignedBy(verifier);
    }
}
