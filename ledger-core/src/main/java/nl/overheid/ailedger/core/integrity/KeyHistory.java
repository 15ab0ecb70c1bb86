package nl.overheid.ailedger.core.integrity;

import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's checkpoint keys over time: each key signs the checkpoints from its {@code fromTreeSize} on, until the
 * next key's. After a rotation, the checkpoints signed before keep verifying under the key that signed them, and a
 * checkpoint signed by a key outside its range does not verify.
 */
public record KeyHistory(List<Entry> entries) {

    /** A key and the first tree size whose checkpoint it signs. */
    public record Entry(PublicKey publicKey, long fromTreeSize) {
    }

    public KeyHistory {
        entries = entries.stream().sorted(Comparator.comparingLong(Entry::fromTreeSize)).toList();
    }

    /** The key that signs the checkpoint of {@code treeSize}. */
    public Optional<PublicKey> keyFor(long treeSize) {
        PublicKey key = null;
        for (Entry entry : entries) {
            if (entry.fromTreeSize() <= treeSize) {
                key = entry.publicKey();
            }
        }
        return Optional.ofNullable(key);
    }

    /** Whether the checkpoint carries a valid signature of the key that signs its tree size. */
    public boolean hasSigned(SignedCheckpoint checkpoint) {
        return keyFor(checkpoint.treeSize()).map(key -> checkpoint.isSignedBy(new CheckpointVerifier(key)))
                .orElse(false);
    }
}
