package nl.overheid.ailedger.projections.sealing;

import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.springframework.stereotype.Service;

/**
 * The checkpoints as the log publishes them to standard tools: C2SP tlog-checkpoint signed notes, with the
 * cosignatures witnesses gave them. A stored cosignature counts only while it verifies under the key of one of the
 * witnesses of the {@link WitnessQuorum}, so a row put in the table by hand does not make a checkpoint witnessed.
 */
@Service
public class CheckpointNotes {

    private final SealingStore store;
    private final SealingKey key;
    private final WitnessQuorum quorum;

    CheckpointNotes(SealingStore store, SealingKey key, WitnessQuorum quorum) {
        this.store = store;
        this.key = key;
        this.quorum = quorum;
    }

    /** The checkpoint as the ledger signed it, without cosignatures: what a witness is asked to cosign. */
    public String signedNote(SignedCheckpoint checkpoint) {
        return key.signedNote(checkpoint);
    }

    /** The checkpoint with the ledger's signature and every cosignature that counts. */
    public String cosignedNote(SignedCheckpoint checkpoint) {
        return signedNote(checkpoint) + String.join("",
                validCosignatures(checkpoint).stream().map(Cosignature::signatureLine).toList());
    }

    /** The stored cosignatures of the checkpoint that verify under a witness's key. */
    public List<Cosignature> validCosignatures(SignedCheckpoint checkpoint) {
        if (quorum.witnesses().isEmpty()) {
            // Nothing read or signed without witnesses: every monitor and report answer asks this.
            return List.of();
        }
        String note = signedNote(checkpoint);
        return store.cosignatures(checkpoint.treeSize()).stream()
                .filter(cosignature -> quorum.witnesses().stream().anyMatch(witness ->
                        witness.name().equals(cosignature.name())
                                && witness.cosignedAt(note + cosignature.signatureLine()).isPresent()))
                .toList();
    }

    /** Cosigned by a quorum of the witnesses; never, when there are none. */
    public boolean isWitnessed(SignedCheckpoint checkpoint) {
        return quorum.quorum() > 0 && validCosignatures(checkpoint).size() >= quorum.quorum();
    }

    /** Keeps a witness's cosignature; false when that witness's cosignature of the tree size is there already. */
    public boolean saveCosignature(long treeSize, Cosignature cosignature) {
        return store.saveCosignature(treeSize, cosignature);
    }

    /** The largest tree size the named witness has cosigned for this ledger, if any. */
    public Optional<Long> latestCosignedTreeSize(String witness) {
        return store.latestCosignedTreeSize(witness);
    }
}
