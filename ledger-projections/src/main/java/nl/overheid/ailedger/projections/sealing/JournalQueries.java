package nl.overheid.ailedger.projections.sealing;

import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.core.integrity.MerkleTree;
import org.springframework.stereotype.Service;

/** The sealed journal as auditors read it: its lines, and inclusion and consistency proofs over its tree. */
@Service
public class JournalQueries {

    private final SealingStore store;

    JournalQueries(SealingStore store) {
        this.store = store;
    }

    /**
     * Hands the journal lines from {@code fromSequence} on, at most {@code limit}, to {@code lines} while they are
     * read. Each line is rebuilt from the stored event and carries the leaf hash sealed at the time, so a stored
     * event changed since shows as a line that no longer matches its leaf hash.
     */
    public void journal(long fromSequence, int limit, Consumer<ObjectNode> lines) {
        store.journal(fromSequence, limit, sealed -> {
            lines.accept(sealed.event().journalLine(sealed.sequence()).toJson(sealed.leafHash()));
            return true;
        });
    }

    /** PATH(sequence, D[treeSize]); the caller ensures {@code 0 <= sequence < treeSize <= } the sealed size. */
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        MerkleTree tree = new MerkleTree(new SealedLeaves(store, treeSize));
        List<String> auditPath = hex(tree.inclusionProof(sequence, treeSize));
        byte[] leafHash = store.leafHashes(sequence, sequence + 1)[0];
        return new InclusionProof(sequence, treeSize, Hex.encode(leafHash), auditPath,
                Hex.encode(tree.rootHash(treeSize)));
    }

    /** PROOF(fromSize, D[toSize]); the caller ensures {@code 0 <= fromSize <= toSize <= } the sealed size. */
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        MerkleTree tree = new MerkleTree(new SealedLeaves(store, toSize));
        List<String> proof = hex(consistencyPath(fromSize, toSize));
        return new ConsistencyProof(fromSize, toSize, Hex.encode(tree.rootHash(fromSize)),
                Hex.encode(tree.rootHash(toSize)), proof);
    }

    /** The hashes of PROOF(fromSize, D[toSize]) alone, without the two roots: what a witness is sent. */
    public List<byte[]> consistencyPath(long fromSize, long toSize) {
        return new MerkleTree(new SealedLeaves(store, toSize)).consistencyProof(fromSize, toSize);
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hex::encode).toList();
    }
}
