package nl.overheid.ailedger.core.integrity;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs, implemented as the iterative algorithms of RFC 9162 sections
 * 2.1.3.2 and 2.1.4.2. Proofs come from untrusted parties, so every malformed input (wrong sizes, null or
 * wrong-length hashes, too short or too long paths) yields {@code false} instead of an exception.
 */
public final class MerkleVerifier {

    private MerkleVerifier() {
    }

    /**
     * Whether {@code auditPath} proves that {@code leafHash} is leaf {@code index} of the tree of size {@code treeSize}
     * with root {@code expectedRoot}.
     */
    public static boolean verifyInclusion(
            byte[] leafHash, long index, long treeSize, List<byte[]> auditPath, byte[] expectedRoot) {
        if (index < 0 || index >= treeSize || !isHash(leafHash) || !isHash(expectedRoot) || !areHashes(auditPath)) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : auditPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHasher.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHasher.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, expectedRoot);
    }

    /**
     * Whether {@code proof} shows that the tree of size {@code newSize} with root {@code newRoot} extends the tree of
     * size {@code oldSize} with root {@code oldRoot}. Beyond RFC 9162: equal sizes need an empty proof and equal roots,
     * and size 0 needs an empty proof and the empty-tree root as {@code oldRoot}.
     */
    public static boolean verifyConsistency(
            long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (oldSize < 0 || oldSize > newSize || !isHash(oldRoot) || !isHash(newRoot) || !areHashes(proof)) {
            return false;
        }
        if (oldSize == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, MerkleHasher.emptyRoot());
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        boolean oldSizeIsPowerOfTwo = Long.bitCount(oldSize) == 1;
        int next = 0;
        byte[] first = oldSizeIsPowerOfTwo ? oldRoot : proof.get(next++);
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = first;
        byte[] sr = first;
        for (; next < proof.size(); next++) {
            byte[] c = proof.get(next);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHasher.nodeHash(c, fr);
                sr = MerkleHasher.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHasher.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == MerkleHasher.HASH_LENGTH;
    }

    private static boolean areHashes(List<byte[]> hashes) {
        return hashes != null && hashes.stream().allMatch(MerkleVerifier::isHash);
    }
}
