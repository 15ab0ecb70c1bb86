package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exhaustive checks over small trees, in place of a property-testing library. */
class MerkleTreePropertiesTest {

    private static final int MAX_PROOF_TREE_SIZE = 64;
    private static final int MAX_RANGE_TREE_SIZE = 200;

    private static final List<byte[]> LEAVES = generateLeafHashes(MAX_RANGE_TREE_SIZE);
    private static final MerkleTree TREE = new MerkleTree(LeafHashes.of(LEAVES));

    static List<byte[]> generateLeafHashes(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleHasher.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(leaves);
    }

    @Test
    void everyGeneratedInclusionProofVerifies() {
        for (int size = 1; size <= MAX_PROOF_TREE_SIZE; size++) {
            byte[] root = TREE.rootHash(size);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = TREE.inclusionProof(index, size);
                assertThat(MerkleVerifier.verifyInclusion(LEAVES.get(index), index, size, proof, root))
                        .as("leaf %d in tree of size %d", index, size)
                        .isTrue();
            }
        }
    }

    @Test
    void everyGeneratedConsistencyProofVerifies() {
        for (int newSize = 1; newSize <= MAX_PROOF_TREE_SIZE; newSize++) {
            byte[] newRoot = TREE.rootHash(newSize);
            for (int oldSize = 1; oldSize <= newSize; oldSize++) {
                List<byte[]> proof = TREE.consistencyProof(oldSize, newSize);
                assertThat(MerkleVerifier.verifyConsistency(oldSize, newSize, TREE.rootHash(oldSize), newRoot, proof))
                        .as("size %d to %d", oldSize, newSize)
                        .isTrue();
            }
        }
    }

    @Test
    void emptyTreeIsConsistentWithEveryTree() {
        for (int newSize = 0; newSize <= MAX_PROOF_TREE_SIZE; newSize++) {
            List<byte[]> proof = TREE.consistencyProof(0, newSize);
            assertThat(proof).isEmpty();
            assertThat(MerkleVerifier.verifyConsistency(0, newSize, MerkleHasher.emptyRoot(), TREE.rootHash(newSize),
                    proof)).as("size 0 to %d", newSize).isTrue();
        }
    }

    @Test
    void compactRangeRootEqualsListRootForEverySize() {
        CompactRange range = CompactRange.empty();
        for (int size = 0; size <= MAX_RANGE_TREE_SIZE; size++) {
            assertThat(range.size()).isEqualTo(size);
            assertThat(range.rootHash()).as("size %d", size).isEqualTo(MerkleTree.rootHash(LEAVES.subList(0, size)));
            if (size < MAX_RANGE_TREE_SIZE) {
                range.append(LEAVES.get(size));
            }
        }
    }

    @Test
    void restoredCompactRangeContinuesToTheSameRoots() {
        for (int restoreAt = 0; restoreAt <= MAX_RANGE_TREE_SIZE; restoreAt++) {
            CompactRange original = CompactRange.empty();
            LEAVES.subList(0, restoreAt).forEach(original::append);

            CompactRange restored = CompactRange.restore(original.exportState());
            assertThat(restored.exportState()).isEqualTo(original.exportState());
            for (int size = restoreAt; size < MAX_RANGE_TREE_SIZE; size++) {
                restored.append(LEAVES.get(size));
                assertThat(restored.rootHash()).as("restored at %d, size %d", restoreAt, size + 1)
                        .isEqualTo(TREE.rootHash(size + 1));
            }
        }
    }

    @Test
    void compactRangeStateHoldsOneRootPerSetBitOfTheSize() {
        CompactRange range = CompactRange.empty();
        LEAVES.subList(0, 0b1011).forEach(range::append);

        CompactRangeState state = range.exportState();

        assertThat(state.treeSize()).isEqualTo(11);
        assertThat(state.subtreeRoots()).containsExactly(
                Hex.encode(TREE.rootHash(8)),
                Hex.encode(MerkleTree.rootHash(LEAVES.subList(8, 10))),
                Hex.encode(LEAVES.get(10)));
    }

    @Test
    void rejectsInconsistentCompactRangeState() {
        String hash = Hex.encode(LEAVES.get(0));
        assertThatThrownBy(() -> new CompactRangeState(3, List.of(hash)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompactRangeState(-1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompactRangeState(1, List.of("abcd")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompactRangeState(1, List.of(hash.toUpperCase())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void compactRangeRejectsLeafHashOfWrongLength() {
        assertThatThrownBy(() -> CompactRange.empty().append(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proofGenerationRejectsImpossibleRequests() {
        assertThatThrownBy(() -> TREE.inclusionProof(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TREE.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TREE.inclusionProof(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TREE.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TREE.consistencyProof(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TREE.rootHash(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proofsReadOnlyLeavesBelowTheRequestedTreeSize() {
        int size = 13;
        LeafHashes guarded = index -> {
            assertThat(index).isBetween(0L, size - 1L);
            return LEAVES.get((int) index);
        };
        MerkleTree tree = new MerkleTree(guarded);

        assertThat(tree.inclusionProof(12, size)).isNotEmpty();
        assertThat(tree.consistencyProof(5, size)).isNotEmpty();
        assertThat(tree.rootHash(size)).isEqualTo(TREE.rootHash(size));
    }
}
