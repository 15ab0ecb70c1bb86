package nl.overheid.ailedger.projections.sealing;

import java.security.KeyPair;

import nl.overheid.ailedger.core.integrity.Checkpoint;
import nl.overheid.ailedger.core.integrity.CheckpointSigner;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.NoteSigner;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/**
 * The ledger's current Ed25519 checkpoint key: it signs checkpoints, and signs the same checkpoints as C2SP signed
 * notes under the log's origin, for standard tools. Which key signed which checkpoint is {@link SealingKeyHistory}'s.
 */
public final class SealingKey {

    private final CheckpointSigner signer;
    private final String publicKey;
    private final String origin;
    private final NoteSigner notes;

    public SealingKey(KeyPair keyPair, String origin) {
        this.signer = new CheckpointSigner(keyPair);
        this.publicKey = Ed25519.encodePublicKey(keyPair.getPublic());
        this.origin = origin;
        this.notes = new NoteSigner(origin, keyPair);
    }

    /** The key as signed-note verifiers know it: {@code origin+keyid+base64}. */
    public NoteVerifierKey verifierKey() {
        return notes.verifierKey();
    }

    /** The checkpoint as a C2SP tlog-checkpoint, signed by this key (Ed25519 is deterministic: always the same note). */
    public String signedNote(SignedCheckpoint checkpoint) {
        return notes.sign(checkpoint.toCheckpoint().noteText(origin));
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
}
