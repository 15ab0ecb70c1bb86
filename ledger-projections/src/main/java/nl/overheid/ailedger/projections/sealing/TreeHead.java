package nl.overheid.ailedger.projections.sealing;

/** The size and root (hex) of the sealed tree as the sealing processor last committed it. */
record TreeHead(long treeSize, String rootHash) {
}
