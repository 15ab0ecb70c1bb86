package nl.overheid.ailedger.core.integrity;

import static nl.overheid.ailedger.core.integrity.MerkleReferenceVectors.node;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers from transparency-dev/merkle: testonly/constants.go (leaf, node, root and compact-tree hashes),
 * testonly/reference_test.go and proof/verify_test.go (proofs with hex paths), and proof/proof_test.go (proofs as node
 * positions, resolved here through the published node hashes).
 */
class MerkleKnownAnswerTest {

    private static final MerkleTree REFERENCE_TREE =
            new MerkleTree(LeafHashes.of(MerkleReferenceVectors.leafHashes()));

    @Test
    void emptyTreeRootIsSha256OfTheEmptyString() {
        assertThat(Hex.encode(MerkleHasher.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleTree.rootHash(List.of())).isEqualTo(MerkleHasher.emptyRoot());
    }

    @Test
    void leafHashesMatchPublishedLevelZeroNodes() {
        List<byte[]> leafHashes = MerkleReferenceVectors.leafHashes();
        for (int i = 0; i < leafHashes.size(); i++) {
            assertThat(Hex.encode(leafHashes.get(i))).as("leaf %d", i).isEqualTo(node(0, i));
        }
    }

    @Test
    void nodeHashCombinesPublishedChildren() {
        assertThat(Hex.encode(MerkleHasher.nodeHash(Hex.decode(node(0, 0)), Hex.decode(node(0, 1)))))
                .isEqualTo(node(1, 0));
        assertThat(Hex.encode(MerkleHasher.nodeHash(Hex.decode(node(2, 0)), Hex.decode(node(2, 1)))))
                .isEqualTo(node(3, 0));
    }

    @Test
    void rootsOfListsMatchPublishedRootsForSizesZeroToEight() {
        List<byte[]> leafHashes = MerkleReferenceVectors.leafHashes();
        for (int size = 0; size <= 8; size++) {
            assertThat(Hex.encode(MerkleTree.rootHash(leafHashes.subList(0, size))))
                    .as("size %d", size)
                    .isEqualTo(MerkleReferenceVectors.ROOTS.get(size));
        }
    }

    @Test
    void compactRangeMatchesPublishedRootsAndCompactTrees() {
        // CompactTrees(): the perfect-subtree roots for each tree size, left to right.
        List<List<String>> compactTrees = List.of(
                List.of(),
                List.of(node(0, 0)),
                List.of(node(1, 0)),
                List.of(node(1, 0), node(0, 2)),
                List.of(node(2, 0)),
                List.of(node(2, 0), node(0, 4)),
                List.of(node(2, 0), node(1, 2)),
                List.of(node(2, 0), node(1, 2), node(0, 6)),
                List.of(node(3, 0)));
        CompactRange range = CompactRange.empty();
        List<byte[]> leafHashes = MerkleReferenceVectors.leafHashes();
        for (int size = 0; size <= 8; size++) {
            assertThat(range.exportState().subtreeRoots()).as("size %d", size).isEqualTo(compactTrees.get(size));
            assertThat(Hex.encode(range.rootHash())).as("size %d", size)
                    .isEqualTo(MerkleReferenceVectors.ROOTS.get(size));
            if (size < 8) {
                range.append(leafHashes.get(size));
            }
        }
    }

    static Stream<Arguments> inclusionProofs() {
        return Stream.of(
                // testonly/reference_test.go TestRefInclusionProof and proof/verify_test.go inclusionProofs
                Arguments.of(0, 1, List.of()),
                Arguments.of(0, 2, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7")),
                Arguments.of(1, 2, List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")),
                Arguments.of(2, 3, List.of("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
                Arguments.of(1, 5, List.of(
                        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
                Arguments.of(0, 8, List.of(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(5, 8, List.of(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                // proof/proof_test.go TestInclusion, node positions (level, index)
                Arguments.of(1, 3, List.of(node(0, 0), node(0, 2))),
                Arguments.of(2, 4, List.of(node(0, 3), node(1, 0))),
                Arguments.of(3, 5, List.of(node(0, 2), node(1, 0), node(0, 4))),
                Arguments.of(3, 6, List.of(node(0, 2), node(1, 0), node(1, 2))),
                Arguments.of(4, 6, List.of(node(0, 5), node(2, 0))),
                Arguments.of(4, 7, List.of(node(0, 5), node(0, 6), node(2, 0))),
                Arguments.of(5, 7, List.of(node(0, 4), node(0, 6), node(2, 0))),
                Arguments.of(6, 7, List.of(node(1, 2), node(2, 0))));
    }

    @ParameterizedTest(name = "leaf {0} in tree of size {1}")
    @MethodSource("inclusionProofs")
    void generatesAndVerifiesReferenceInclusionProofs(int index, int treeSize, List<String> expectedPath) {
        List<byte[]> proof = REFERENCE_TREE.inclusionProof(index, treeSize);

        assertThat(proof.stream().map(Hex::encode).toList()).isEqualTo(expectedPath);
        assertThat(MerkleVerifier.verifyInclusion(MerkleReferenceVectors.leafHashes().get(index), index, treeSize,
                proof, MerkleReferenceVectors.root(treeSize))).isTrue();
    }

    static Stream<Arguments> consistencyProofs() {
        return Stream.of(
                // testonly/reference_test.go TestRefConsistencyProof and proof/verify_test.go consistencyProofs
                Arguments.of(1, 1, List.of()),
                Arguments.of(1, 8, List.of(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(2, 5, List.of(
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
                Arguments.of(6, 8, List.of(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(6, 7, List.of(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                // proof/proof_test.go TestConsistency, node positions (level, index)
                Arguments.of(1, 2, List.of(node(0, 1))),
                Arguments.of(1, 4, List.of(node(0, 1), node(1, 1))),
                Arguments.of(1, 6, List.of(node(0, 1), node(1, 1), node(1, 2))),
                Arguments.of(2, 3, List.of(node(0, 2))),
                Arguments.of(2, 4, List.of(node(1, 1))),
                Arguments.of(2, 8, List.of(node(1, 1), node(2, 1))),
                Arguments.of(3, 5, List.of(node(0, 2), node(0, 3), node(1, 0), node(0, 4))),
                Arguments.of(3, 6, List.of(node(0, 2), node(0, 3), node(1, 0), node(1, 2))),
                Arguments.of(4, 6, List.of(node(1, 2))),
                Arguments.of(5, 7, List.of(node(0, 4), node(0, 5), node(0, 6), node(2, 0))),
                Arguments.of(7, 8, List.of(node(0, 6), node(0, 7), node(1, 2), node(2, 0))));
    }

    @ParameterizedTest(name = "from size {0} to size {1}")
    @MethodSource("consistencyProofs")
    void generatesAndVerifiesReferenceConsistencyProofs(int oldSize, int newSize, List<String> expectedProof) {
        List<byte[]> proof = REFERENCE_TREE.consistencyProof(oldSize, newSize);

        assertThat(proof.stream().map(Hex::encode).toList()).isEqualTo(expectedProof);
        assertThat(MerkleVerifier.verifyConsistency(oldSize, newSize,
                MerkleReferenceVectors.root(oldSize), MerkleReferenceVectors.root(newSize), proof)).isTrue();
    }

    @Test
    void sameSizeConsistencyProofsAreEmpty() {
        IntStream.rangeClosed(1, 8).forEach(size ->
                assertThat(REFERENCE_TREE.consistencyProof(size, size)).as("size %d", size).isEmpty());
    }
}
