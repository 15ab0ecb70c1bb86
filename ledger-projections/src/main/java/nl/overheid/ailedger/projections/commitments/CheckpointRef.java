package nl.overheid.ailedger.projections.commitments;

/** The signed integrity checkpoint a report was built from: the Merkle tree's size and root hash (hex). */
public record CheckpointRef(long treeSize, String rootHash) {
}
