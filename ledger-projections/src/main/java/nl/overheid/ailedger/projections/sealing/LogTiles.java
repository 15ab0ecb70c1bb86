package nl.overheid.ailedger.projections.sealing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.overheid.ailedger.core.integrity.MerkleHasher;
import nl.overheid.ailedger.core.integrity.MerkleTree;
import nl.overheid.ailedger.core.integrity.Tile;
import org.springframework.stereotype.Service;

/**
 * The sealed tree as a tiled transparency log (c2sp.org/tlog-tiles): hash tiles and entry bundles, computed from the
 * sealed leaves and the stored events. The caller ensures that a tile lies within a signed tree.
 */
@Service
public class LogTiles {

    /** Entries in a bundle are prefixed with their length as a big-endian uint16. */
    public static final int MAX_ENTRY_LENGTH = 0xFFFF;
    /** About 10 MB: every full subtree of 256 or more entries of a log of 50 million. */
    private static final int CACHED_SUBTREES = 200_000;

    private final SealingStore store;
    /**
     * Roots of full subtrees of 256^level entries (level 1 and up). They never change once the tree holds them, and a
     * higher level's hash would otherwise read every leaf below it again.
     */
    private final Cache<Subtree, byte[]> subtrees = Caffeine.newBuilder().maximumSize(CACHED_SUBTREES).build();

    LogTiles(SealingStore store) {
        this.store = store;
    }

    /** The tile's hashes, concatenated: 32 bytes each. */
    public byte[] hashTile(Tile tile) {
        List<byte[]> hashes = tile.level() == 0
                ? Arrays.asList(store.leafHashes(tile.firstHash(), tile.firstHash() + tile.width()))
                : subtreeHashes(tile.level(), tile.firstHash(), tile.width());
        byte[] concatenated = new byte[hashes.size() * MerkleHasher.HASH_LENGTH];
        for (int i = 0; i < hashes.size(); i++) {
            System.arraycopy(hashes.get(i), 0, concatenated, i * MerkleHasher.HASH_LENGTH, MerkleHasher.HASH_LENGTH);
        }
        return concatenated;
    }

    /**
     * The entry bundle of the level-0 tile: each entry is the journal line its leaf hash is over (its canonical JSON),
     * rebuilt from the stored event, so that an event changed since it was sealed no longer hashes to its leaf. A leaf
     * whose event is gone from the store has no entry.
     *
     * @throws IllegalStateException when an entry exceeds what a bundle can frame
     */
    public byte[] entryBundle(Tile tile) {
        ByteArrayOutputStream bundle = new ByteArrayOutputStream(tile.width() * 1024);
        store.journal(tile.firstHash(), tile.width(), sealed -> {
            byte[] entry = sealed.event().journalLine(sealed.sequence()).entry();
            if (entry.length > MAX_ENTRY_LENGTH) {
                throw new IllegalStateException("the journal line of sequence " + sealed.sequence() + " is "
                        + entry.length + " bytes long, more than an entry bundle can frame");
            }
            bundle.write(entry.length >>> 8);
            bundle.write(entry.length & 0xFF);
            bundle.writeBytes(entry);
            return true;
        });
        return bundle.toByteArray();
    }

    private List<byte[]> subtreeHashes(int level, long first, int count) {
        List<byte[]> hashes = new ArrayList<>(count);
        for (long position = first; position < first + count; position++) {
            hashes.add(subtreeHash(level, position));
        }
        return hashes;
    }

    /** MTH of the {@code position}-th full subtree of 256^level entries: the root over 256 of the level below. */
    private byte[] subtreeHash(int level, long position) {
        Subtree subtree = new Subtree(level, position);
        byte[] hash = subtrees.getIfPresent(subtree);
        if (hash == null) {
            long firstChild = Math.multiplyExact(position, Tile.FULL_WIDTH);
            List<byte[]> children = level == 1
                    ? Arrays.asList(store.leafHashes(firstChild, firstChild + Tile.FULL_WIDTH))
                    : subtreeHashes(level - 1, firstChild, Tile.FULL_WIDTH);
            hash = MerkleTree.rootHash(children);
            subtrees.put(subtree, hash);
        }
        return hash;
    }

    private record Subtree(int level, long position) {
    }
}
