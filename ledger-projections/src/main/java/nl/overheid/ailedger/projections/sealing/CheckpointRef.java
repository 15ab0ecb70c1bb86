package nl.overheid.ailedger.projections.sealing;

/** The signed checkpoint an answer was built from: the Merkle tree's size and root hash (hex). */
public record CheckpointRef(long treeSize, String rootHash) {
}
