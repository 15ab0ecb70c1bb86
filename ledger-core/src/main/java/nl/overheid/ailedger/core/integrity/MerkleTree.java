package nl.overheid.ailedger.core.integrity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tree hashes and proofs over a {@link LeafHashes} source, following the recursive definitions of RFC 6962 section 2.1
 * (MTH, PATH, PROOF/SUBPROOF; RFC 9162 sections 2.1.1, 2.1.3.1 and 2.1.4.1).
 *
 * <p>Nothing is cached: every subtree hash a proof needs is recomputed from its leaves, so a proof for a tree of size
 * n reads O(n) leaf hashes while keeping only O(log n) hashes in memory. Proof elements are ordered from the leaf
 * level upwards, as the RFCs prescribe.
 */
public final class MerkleTree {

    private final LeafHashes leaves;

    public MerkleTree(LeafHashes leaves) {
        this.leaves = leaves;
    }

    /** MTH of the given leaf hashes; the empty list yields {@link MerkleHasher#emptyRoot()}. */
    public static byte[] rootHash(List<byte[]> leafHashes) {
        return new MerkleTree(LeafHashes.of(leafHashes)).rootHash(leafHashes.size());
    }

    /** MTH of the first {@code treeSize} leaves. */
    public byte[] rootHash(long treeSize) {
        requireNonNegative(treeSize, "treeSize");
        return treeSize == 0 ? MerkleHasher.emptyRoot() : subtreeHash(0, treeSize);
    }

    /**
     * The audit path PATH(index, D[treeSize]).
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < treeSize}
     */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        appendPath(index, 0, treeSize, path);
        return Collections.unmodifiableList(path);
    }

    /**
     * The consistency proof PROOF(oldSize, D[newSize]); empty when {@code oldSize} is 0 or equals {@code newSize}.
     *
     * @throws IllegalArgumentException unless {@code 0 <= oldSize <= newSize}
     */
    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        requireNonNegative(oldSize, "oldSize");
        if (oldSize > newSize) {
            throw new IllegalArgumentException("oldSize " + oldSize + " exceeds newSize " + newSize);
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize > 0) {
            appendSubproof(oldSize, 0, newSize, true, proof);
        }
        return Collections.unmodifiableList(proof);
    }

    /** PATH(index, D[start:start+size]), with {@code index} relative to {@code start}. */
    private void appendPath(long index, long start, long size, List<byte[]> path) {
        if (size == 1) {
            return;
        }
        long split = splitPoint(size);
        if (index < split) {
            appendPath(index, start, split, path);
            path.add(subtreeHash(start + split, size - split));
        } else {
            appendPath(index - split, start + split, size - split, path);
            path.add(subtreeHash(start, split));
        }
    }

    /**
     * SUBPROOF(m, D[start:start+size], b). {@code oldRootKnown} is the flag b: whether the subtree of the old tree
     * computed so far is the old root itself, which the verifier already has.
     */
    private void appendSubproof(long m, long start, long size, boolean oldRootKnown, List<byte[]> proof) {
        if (m == size) {
            if (!oldRootKnown) {
                proof.add(subtreeHash(start, size));
            }
            return;
        }
        long split = splitPoint(size);
        if (m <= split) {
            appendSubproof(m, start, split, oldRootKnown, proof);
            proof.add(subtreeHash(start + split, size - split));
        } else {
            appendSubproof(m - split, start + split, size - split, false, proof);
            proof.add(subtreeHash(start, split));
        }
    }

    /** MTH(D[start:start+size]) for {@code size >= 1}. */
    private byte[] subtreeHash(long start, long size) {
        if (size == 1) {
            return leaves.leafHash(start);
        }
        long split = splitPoint(size);
        return MerkleHasher.nodeHash(subtreeHash(start, split), subtreeHash(start + split, size - split));
    }

    /** The largest power of two strictly smaller than {@code size} (for {@code size >= 2}). */
    private static long splitPoint(long size) {
        return Long.highestOneBit(size - 1);
    }

    private static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
