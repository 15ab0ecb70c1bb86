package nl.overheid.ailedger.web;

import java.time.Instant;

import nl.overheid.ailedger.projections.sealing.CheckpointQueries;

/**
 * The signed checkpoint an answer rests on, as the API shows it: the Merkle tree's size and root hash (hex), and
 * whether a quorum of independent witnesses cosigned it.
 */
public record CheckpointView(long treeSize, String rootHash, boolean witnessed) {

    /** The newest checkpoint signed by {@code moment}; null while none was. */
    public static CheckpointView latestAt(CheckpointQueries checkpoints, Instant moment) {
        return checkpoints.latestAt(moment)
                .map(checkpoint -> new CheckpointView(checkpoint.treeSize(), checkpoint.rootHash(),
                        checkpoint.witnessed()))
                .orElse(null);
    }
}
