package nl.overheid.ailedger.projections.sealing;

import nl.overheid.ailedger.core.integrity.LeafHashes;

/**
 * The sealed leaf hashes of a tree, read from the database in blocks. A proof reads each subtree's leaves left to
 * right, so one cached block turns n single reads into about n / {@value #BLOCK} queries. For one proof only.
 */
final class SealedLeaves implements LeafHashes {

    private static final int BLOCK = 4096;

    private final SealingStore store;
    private final long treeSize;
    private long blockStart = -1;
    private byte[][] block;

    SealedLeaves(SealingStore store, long treeSize) {
        this.store = store;
        this.treeSize = treeSize;
    }

    @Override
    public byte[] leafHash(long index) {
        if (blockStart < 0 || index < blockStart || index >= blockStart + block.length) {
            blockStart = index - index % BLOCK;
            block = store.leafHashes(blockStart, Math.min(blockStart + BLOCK, treeSize));
        }
        return block[Math.toIntExact(index - blockStart)];
    }
}
