package nl.overheid.ailedger.core.integrity;

import java.util.List;

/**
 * The persistable state of a {@link CompactRange}: the tree size and the roots of the perfect subtrees that make up
 * the tree, left (largest) to right (smallest), as lowercase hex. There is one root per set bit of {@code treeSize},
 * so a state never holds more than 64 roots.
 */
public record CompactRangeState(long treeSize, List<String> subtreeRoots) {

    public CompactRangeState {
        if (treeSize < 0) {
            throw new IllegalArgumentException("treeSize must not be negative: " + treeSize);
        }
        subtreeRoots = List.copyOf(subtreeRoots);
        if (subtreeRoots.size() != Long.bitCount(treeSize)) {
            throw new IllegalArgumentException("a tree of size " + treeSize + " has " + Long.bitCount(treeSize)
                    + " subtree roots, not " + subtreeRoots.size());
        }
        for (String root : subtreeRoots) {
            if (Hex.decode(root).length != MerkleHasher.HASH_LENGTH) {
                throw new IllegalArgumentException("subtree root is not a SHA-256 hash: " + root);
            }
        }
    }
}
