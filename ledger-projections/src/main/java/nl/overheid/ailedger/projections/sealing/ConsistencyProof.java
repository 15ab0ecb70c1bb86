package nl.overheid.ailedger.projections.sealing;

import java.util.List;

/** An RFC 6962 consistency proof that the tree of {@code toSize} extends the tree of {@code fromSize}, in hex. */
public record ConsistencyProof(long fromSize, long toSize, String fromRoot, String toRoot, List<String> proof) {
}
