package nl.overheid.ailedger.projections.sealing;

/**
 * The signed checkpoint an answer was built from: the Merkle tree's size and root hash (hex), and whether a quorum
 * of independent witnesses cosigned it (see {@link CheckpointNotes}).
 */
public record CheckpointRef(long treeSize, String rootHash, boolean witnessed) {
}
