package nl.overheid.ailedger.core.integrity;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree that only remembers the roots of its maximal perfect subtrees (one per set bit of the
 * size), so memory, {@link #append} and {@link #rootHash} are all O(log n). The root equals the RFC 6962 MTH of all
 * leaves appended so far.
 *
 * <p>Meant to be kept across restarts: {@link #exportState()} yields a {@link CompactRangeState} to store, and
 * {@link #restore(CompactRangeState)} continues from it. Not thread-safe.
 */
public final class CompactRange {

    private long size;
    /** Perfect subtree roots, left (largest) to right (smallest). */
    private final List<byte[]> subtreeRoots;

    private CompactRange(long size, List<byte[]> subtreeRoots) {
        this.size = size;
        this.subtreeRoots = subtreeRoots;
    }

    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    public static CompactRange restore(CompactRangeState state) {
        List<byte[]> roots = new ArrayList<>();
        state.subtreeRoots().forEach(root -> roots.add(Hex.decode(root)));
        return new CompactRange(state.treeSize(), roots);
    }

    public CompactRangeState exportState() {
        return new CompactRangeState(size, subtreeRoots.stream().map(Hex::encode).toList());
    }

    public long size() {
        return size;
    }

    /**
     * Appends the next leaf. Each trailing one bit of the old size is a perfect subtree of the same height as the
     * one being carried up, so they merge, exactly like a binary increment.
     */
    public void append(byte[] leafHash) {
        if (leafHash.length != MerkleHasher.HASH_LENGTH) {
            throw new IllegalArgumentException("leaf hash must be " + MerkleHasher.HASH_LENGTH + " bytes");
        }
        byte[] carry = leafHash.clone();
        for (long bits = size; (bits & 1) == 1; bits >>>= 1) {
            carry = MerkleHasher.nodeHash(subtreeRoots.remove(subtreeRoots.size() - 1), carry);
        }
        subtreeRoots.add(carry);
        size++;
    }

    /** The tree root: the subtree roots folded together from the right. */
    public byte[] rootHash() {
        if (subtreeRoots.isEmpty()) {
            return MerkleHasher.emptyRoot();
        }
        byte[] root = subtreeRoots.get(subtreeRoots.size() - 1);
        for (int i = subtreeRoots.size() - 2; i >= 0; i--) {
            root = MerkleHasher.nodeHash(subtreeRoots.get(i), root);
        }
        return root.clone();
    }
}
