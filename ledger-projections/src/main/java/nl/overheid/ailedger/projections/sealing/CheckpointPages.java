package nl.overheid.ailedger.projections.sealing;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/** The checkpoints up to a tree size, smallest first, read a page at a time: there may be very many. */
final class CheckpointPages implements Iterator<SignedCheckpoint> {

    private static final int PAGE = 1000;

    private final SealingStore store;
    private final long upToTreeSize;
    private Iterator<SignedCheckpoint> page = Collections.emptyIterator();
    private long after = -1;
    private boolean exhausted;

    CheckpointPages(SealingStore store, long upToTreeSize) {
        this.store = store;
        this.upToTreeSize = upToTreeSize;
    }

    @Override
    public boolean hasNext() {
        if (!page.hasNext() && !exhausted) {
            List<SignedCheckpoint> next = store.checkpoints(after, upToTreeSize, PAGE);
            exhausted = next.size() < PAGE;
            page = next.iterator();
        }
        return page.hasNext();
    }

    @Override
    public SignedCheckpoint next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SignedCheckpoint checkpoint = page.next();
        after = checkpoint.treeSize();
        return checkpoint;
    }
}
