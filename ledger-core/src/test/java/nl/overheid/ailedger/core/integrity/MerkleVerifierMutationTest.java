package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every tampered proof, size, index or root must be rejected, for every proof in trees up to 32 leaves. */
class MerkleVerifierMutationTest {

    private static final int MAX_TREE_SIZE = 32;
    private static final List<byte[]> LEAVES = MerkleTreePropertiesTest.generateLeafHashes(2 * MAX_TREE_SIZE);
    private static final MerkleTree TREE = new MerkleTree(LeafHashes.of(LEAVES));
    private static final byte[] SOME_HASH =
            Hex.decode("abacaba000000000000000000000000000000000000000000060061e00123456");

    // ---- inclusion ----

    @Test
    void rejectsInclusionProofWithWrongIndex() {
        forEveryInclusionProof((index, size, proof, root) -> {
            for (long wrong : new long[] {index - 1, index + 1, index ^ 2, size, -1}) {
                if (wrong != index) {
                    assertThat(verifyInclusion(LEAVES.get(index), wrong, size, proof, root))
                            .as("leaf %d of %d claimed as %d", index, size, wrong).isFalse();
                }
            }
        });
    }

    @Test
    void rejectsInclusionProofWithWrongTreeSize() {
        forEveryInclusionProof((index, size, proof, root) -> {
            for (long wrong : new long[] {size * 2L, size / 2, 0, -size}) {
                assertThat(verifyInclusion(LEAVES.get(index), index, wrong, proof, root))
                        .as("leaf %d of %d claimed in size %d", index, size, wrong).isFalse();
            }
        });
    }

    @Test
    void rejectsProofWithFlippedBit() {
        forEveryInclusionProof((index, size, proof, root) -> {
            for (int element = 0; element < proof.size(); element++) {
                for (int bit = 0; bit < 8; bit++) {
                    List<byte[]> tampered = flipBit(proof, element, 0, bit);
                    assertThat(verifyInclusion(LEAVES.get(index), index, size, tampered, root))
                            .as("leaf %d of %d, element %d bit %d", index, size, element, bit).isFalse();
                }
            }
        });
    }

    @Test
    void rejectsProofWithFlippedBitAnywhereInAnyElement() {
        int index = 13;
        int size = 27;
        List<byte[]> proof = TREE.inclusionProof(index, size);
        byte[] root = TREE.rootHash(size);
        for (int element = 0; element < proof.size(); element++) {
            for (int bit = 0; bit < 8 * MerkleHasher.HASH_LENGTH; bit++) {
                List<byte[]> tampered = flipBit(proof, element, bit / 8, bit % 8);
                assertThat(verifyInclusion(LEAVES.get(index), index, size, tampered, root))
                        .as("element %d bit %d", element, bit).isFalse();
            }
        }
    }

    @Test
    void rejectsInclusionProofWithExtraOrMissingElement() {
        forEveryInclusionProof((index, size, proof, root) -> {
            for (UnaryOperator<List<byte[]>> mutation : lengthMutations(root)) {
                List<byte[]> tampered = mutation.apply(proof);
                if (!sameHashes(tampered, proof)) {
                    assertThat(verifyInclusion(LEAVES.get(index), index, size, tampered, root))
                            .as("leaf %d of %d with %d instead of %d elements", index, size, tampered.size(),
                                    proof.size())
                            .isFalse();
                }
            }
        });
    }

    @Test
    void rejectsInclusionProofAgainstDifferentRootOrLeaf() {
        forEveryInclusionProof((index, size, proof, root) -> {
            for (byte[] wrongRoot : List.of(MerkleHasher.emptyRoot(), SOME_HASH, TREE.rootHash(size + 1))) {
                assertThat(verifyInclusion(LEAVES.get(index), index, size, proof, wrongRoot)).isFalse();
            }
            assertThat(verifyInclusion(LEAVES.get(index + 1), index, size, proof, root)).isFalse();
        });
    }

    @Test
    void rejectsMalformedInclusionInputWithoutThrowing() {
        List<byte[]> proof = TREE.inclusionProof(3, 10);
        byte[] root = TREE.rootHash(10);
        byte[] leaf = LEAVES.get(3);

        assertThat(verifyInclusion(leaf, 3, 10, null, root)).isFalse();
        assertThat(verifyInclusion(null, 3, 10, proof, root)).isFalse();
        assertThat(verifyInclusion(leaf, 3, 10, proof, null)).isFalse();
        assertThat(verifyInclusion(new byte[0], 3, 10, proof, root)).isFalse();
        assertThat(verifyInclusion(leaf, 3, 10, proof, Arrays.copyOf(root, 31))).isFalse();
        assertThat(verifyInclusion(leaf, 3, 10, replace(proof, 1, null), root)).isFalse();
        assertThat(verifyInclusion(leaf, 3, 10, replace(proof, 1, Arrays.copyOf(proof.get(1), 33)), root)).isFalse();
        assertThat(verifyInclusion(leaf, Long.MAX_VALUE, Long.MIN_VALUE, proof, root)).isFalse();
    }

    @Test
    void singleLeafTreeHasEmptyProofAndRootEqualToLeaf() {
        assertThat(verifyInclusion(LEAVES.get(0), 0, 1, List.of(), LEAVES.get(0))).isTrue();
        assertThat(verifyInclusion(LEAVES.get(0), 0, 1, List.of(), LEAVES.get(1))).isFalse();
        assertThat(verifyInclusion(LEAVES.get(0), 0, 0, List.of(), MerkleHasher.emptyRoot())).isFalse();
    }

    // ---- consistency ----

    @Test
    void rejectsConsistencyProofWithFlippedBit() {
        forEveryConsistencyProof((oldSize, newSize, proof) -> {
            for (int element = 0; element < proof.size(); element++) {
                for (int bit = 0; bit < 8; bit++) {
                    assertThat(verifyConsistency(oldSize, newSize, flipBit(proof, element, 0, bit)))
                            .as("%d to %d, element %d bit %d", oldSize, newSize, element, bit).isFalse();
                }
            }
        });
    }

    @Test
    void rejectsConsistencyProofWithExtraOrMissingElement() {
        forEveryConsistencyProof((oldSize, newSize, proof) -> {
            for (UnaryOperator<List<byte[]>> mutation : lengthMutations(TREE.rootHash(newSize))) {
                List<byte[]> tampered = mutation.apply(proof);
                if (!sameHashes(tampered, proof)) {
                    assertThat(verifyConsistency(oldSize, newSize, tampered))
                            .as("%d to %d with %d instead of %d elements", oldSize, newSize, tampered.size(),
                                    proof.size())
                            .isFalse();
                }
            }
        });
    }

    @Test
    void rejectsConsistencyProofWithWrongSizes() {
        forEveryConsistencyProof((oldSize, newSize, proof) -> {
            byte[] oldRoot = TREE.rootHash(oldSize);
            byte[] newRoot = TREE.rootHash(newSize);
            for (long wrongOld : new long[] {oldSize - 1L, oldSize + 1L, oldSize ^ 2, newSize + 1L, -oldSize}) {
                if (wrongOld != oldSize) {
                    assertThat(MerkleVerifier.verifyConsistency(wrongOld, newSize, oldRoot, newRoot, proof))
                            .as("%d to %d claimed from %d", oldSize, newSize, wrongOld).isFalse();
                }
            }
            for (long wrongNew : new long[] {newSize * 2L, newSize / 2, oldSize - 1L}) {
                assertThat(MerkleVerifier.verifyConsistency(oldSize, wrongNew, oldRoot, newRoot, proof))
                        .as("%d to %d claimed to %d", oldSize, newSize, wrongNew).isFalse();
            }
        });
    }

    @Test
    void rejectsConsistencyProofWithWrongOrSwappedRoots() {
        forEveryConsistencyProof((oldSize, newSize, proof) -> {
            byte[] oldRoot = TREE.rootHash(oldSize);
            byte[] newRoot = TREE.rootHash(newSize);
            for (byte[] wrongOld : List.of(SOME_HASH, MerkleHasher.emptyRoot(), TREE.rootHash(oldSize - 1),
                    newRoot)) {
                assertThat(MerkleVerifier.verifyConsistency(oldSize, newSize, wrongOld, newRoot, proof))
                        .as("%d to %d with wrong old root", oldSize, newSize).isFalse();
            }
            for (byte[] wrongNew : List.of(SOME_HASH, TREE.rootHash(newSize + 1), oldRoot)) {
                assertThat(MerkleVerifier.verifyConsistency(oldSize, newSize, oldRoot, wrongNew, proof))
                        .as("%d to %d with wrong new root", oldSize, newSize).isFalse();
            }
        });
    }

    @Test
    void rejectsMalformedConsistencyInputWithoutThrowing() {
        List<byte[]> proof = TREE.consistencyProof(3, 10);
        byte[] oldRoot = TREE.rootHash(3);
        byte[] newRoot = TREE.rootHash(10);

        assertThat(MerkleVerifier.verifyConsistency(3, 10, oldRoot, newRoot, null)).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(3, 10, null, newRoot, proof)).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(3, 10, oldRoot, null, proof)).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(3, 10, oldRoot, newRoot, replace(proof, 0, null))).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(3, 10, oldRoot, newRoot, replace(proof, 0, new byte[0])))
                .isFalse();
        assertThat(MerkleVerifier.verifyConsistency(10, 3, newRoot, oldRoot, proof)).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(Long.MIN_VALUE, Long.MAX_VALUE, oldRoot, newRoot, proof))
                .isFalse();
    }

    @Test
    void trivialConsistencyNeedsEmptyProofAndMatchingRoots() {
        byte[] root = TREE.rootHash(5);
        assertThat(MerkleVerifier.verifyConsistency(5, 5, root, root, List.of())).isTrue();
        assertThat(MerkleVerifier.verifyConsistency(5, 5, root, TREE.rootHash(6), List.of())).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(5, 5, root, root, List.of(root))).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(0, 5, MerkleHasher.emptyRoot(), root, List.of(root))).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(0, 5, SOME_HASH, root, List.of())).isFalse();
        assertThat(MerkleVerifier.verifyConsistency(1, 2, TREE.rootHash(1), TREE.rootHash(2), List.of())).isFalse();
    }

    // ---- helpers ----

    @FunctionalInterface
    private interface InclusionCase {
        void check(int index, int size, List<byte[]> proof, byte[] root);
    }

    @FunctionalInterface
    private interface ConsistencyCase {
        void check(int oldSize, int newSize, List<byte[]> proof);
    }

    private static void forEveryInclusionProof(InclusionCase check) {
        for (int size = 1; size <= MAX_TREE_SIZE; size++) {
            byte[] root = TREE.rootHash(size);
            for (int index = 0; index < size; index++) {
                check.check(index, size, TREE.inclusionProof(index, size), root);
            }
        }
    }

    /** Every non-trivial pair 1 <= oldSize < newSize <= 32; trivial pairs are covered separately. */
    private static void forEveryConsistencyProof(ConsistencyCase check) {
        for (int newSize = 2; newSize <= MAX_TREE_SIZE; newSize++) {
            for (int oldSize = 1; oldSize < newSize; oldSize++) {
                check.check(oldSize, newSize, TREE.consistencyProof(oldSize, newSize));
            }
        }
    }

    private static boolean verifyInclusion(byte[] leaf, long index, long size, List<byte[]> proof, byte[] root) {
        return MerkleVerifier.verifyInclusion(leaf, index, size, proof, root);
    }

    private static boolean verifyConsistency(int oldSize, int newSize, List<byte[]> proof) {
        return MerkleVerifier.verifyConsistency(oldSize, newSize, TREE.rootHash(oldSize), TREE.rootHash(newSize),
                proof);
    }

    /** Appending or prepending a hash, dropping the first or last element, or duplicating one. */
    private static List<UnaryOperator<List<byte[]>>> lengthMutations(byte[] root) {
        return List.of(
                proof -> concat(proof, List.of(SOME_HASH)),
                proof -> concat(proof, List.of(root)),
                proof -> concat(List.of(SOME_HASH), proof),
                proof -> concat(List.of(root), proof),
                proof -> proof.isEmpty() ? proof : concat(List.of(proof.get(0)), proof),
                proof -> proof.isEmpty() ? proof : proof.subList(0, proof.size() - 1),
                proof -> proof.isEmpty() ? proof : proof.subList(1, proof.size()));
    }

    private static List<byte[]> concat(List<byte[]> first, List<byte[]> second) {
        List<byte[]> joined = new ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }

    private static List<byte[]> flipBit(List<byte[]> proof, int element, int byteIndex, int bit) {
        byte[] flipped = proof.get(element).clone();
        flipped[byteIndex] ^= (byte) (1 << bit);
        return replace(proof, element, flipped);
    }

    private static List<byte[]> replace(List<byte[]> proof, int element, byte[] replacement) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.set(element, replacement);
        return copy;
    }

    private static boolean sameHashes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
