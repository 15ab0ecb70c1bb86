package nl.overheid.ailedger.core.integrity;

import java.util.List;

/**
 * Random access to the leaf hashes of a log, so that proofs can be computed from any store (a list, a database
 * table). Implementations only need to answer for indices below the tree size a proof is requested for.
 */
@FunctionalInterface
public interface LeafHashes {

    byte[] leafHash(long index);

    static LeafHashes of(List<byte[]> leafHashes) {
        return index -> leafHashes.get(Math.toIntExact(index));
    }
}
