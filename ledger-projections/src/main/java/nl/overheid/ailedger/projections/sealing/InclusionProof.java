package nl.overheid.ailedger.projections.sealing;

import java.util.List;

/** An RFC 6962 audit path of one leaf in the tree of {@code treeSize} leaves, hashes in hex, leaf level first. */
public record InclusionProof(long sequence, long treeSize, String leafHash, List<String> auditPath, String rootHash) {
}
