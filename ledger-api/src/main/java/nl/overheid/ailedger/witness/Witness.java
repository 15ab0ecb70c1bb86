package nl.overheid.ailedger.witness;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.overheid.ailedger.core.integrity.CheckpointNote;
import nl.overheid.ailedger.core.integrity.MerkleHasher;
import nl.overheid.ailedger.core.integrity.MerkleVerifier;
import nl.overheid.ailedger.core.integrity.NoteSigner;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.witness.WitnessedLogs.TreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transparency-log witness (c2sp.org/tlog-witness): it cosigns a checkpoint of a log it knows only when the
 * checkpoint is signed by that log's key and extends, by a valid consistency proof, the last checkpoint it cosigned
 * for the log. So a log that rewrites its history cannot get that history cosigned, whoever holds the log's key.
 */
final class Witness {

    /** The specification's bound on consistency proof lines. */
    static final int MAX_PROOF_LINES = 63;
    private static final Logger LOG = LoggerFactory.getLogger(Witness.class);
    private static final Pattern OLD_SIZE = Pattern.compile("old (0|[1-9]\\d{0,18})");

    private final NoteSigner cosigner;
    private final Map<String, List<NoteVerifierKey>> logKeys;
    private final WitnessedLogs logs;
    private final Clock clock;

    Witness(NoteSigner cosigner, List<NoteVerifierKey> logKeys, WitnessedLogs logs, Clock clock) {
        this.cosigner = cosigner;
        this.logKeys = logKeys.stream().collect(Collectors.groupingBy(NoteVerifierKey::name));
        this.logs = logs;
        this.clock = clock;
    }

    /** The answer to {@code POST /add-checkpoint} with this body. */
    WitnessAnswer addCheckpoint(String body) {
        Submission submission;
        try {
            submission = Submission.parse(body);
        } catch (IllegalArgumentException malformed) {
            return WitnessAnswer.refused(400, malformed.getMessage());
        }
        CheckpointNote checkpoint = submission.checkpoint();
        List<NoteVerifierKey> keys = logKeys.get(checkpoint.origin());
        if (keys == null) {
            return WitnessAnswer.refused(404, "this witness does not know the log " + checkpoint.origin());
        }
        if (keys.stream().noneMatch(key -> key.verifies(checkpoint.note()))) {
            return WitnessAnswer.refused(403, "the checkpoint carries no valid signature of a key of "
                    + checkpoint.origin() + " that this witness trusts");
        }
        if (submission.oldSize() > checkpoint.treeSize()) {
            return WitnessAnswer.refused(400, "the old size exceeds the checkpoint's tree size");
        }
        return cosignIfConsistent(submission);
    }

    /** Checking against the last cosigned tree and recording the new one happen as one step. */
    private synchronized WitnessAnswer cosignIfConsistent(Submission submission) {
        CheckpointNote checkpoint = submission.checkpoint();
        TreeHead latest = logs.latest(checkpoint.origin()).orElse(new TreeHead(0, MerkleHasher.emptyRoot()));
        if (submission.oldSize() != latest.treeSize()) {
            return WitnessAnswer.otherSize(latest.treeSize());
        }
        if (checkpoint.treeSize() == latest.treeSize()
                && !MessageDigest.isEqual(checkpoint.rootHash(), latest.rootHash())) {
            LOG.warn("{} presented another root for tree size {}, which this witness cosigned before: {}",
                    checkpoint.origin(), checkpoint.treeSize(), checkpoint.note());
            return WitnessAnswer.refused(409, "this witness cosigned another root for tree size "
                    + checkpoint.treeSize());
        }
        if (!MerkleVerifier.verifyConsistency(latest.treeSize(), checkpoint.treeSize(), latest.rootHash(),
                checkpoint.rootHash(), submission.proof())) {
            LOG.warn("{} presented a checkpoint of size {} that does not extend the one of size {} this witness "
                    + "cosigned: {}", checkpoint.origin(), checkpoint.treeSize(), latest.treeSize(), checkpoint.note());
            return WitnessAnswer.refused(422, "the consistency proof does not show that the checkpoint extends tree "
                    + "size " + latest.treeSize());
        }
        logs.save(checkpoint.origin(), new TreeHead(checkpoint.treeSize(), checkpoint.rootHash()));
        return WitnessAnswer.cosigned(cosigner.cosign(checkpoint.text(), clock.instant()));
    }

    /** The body of an add-checkpoint request: the old size line, the proof lines, a blank line, the checkpoint. */
    record Submission(long oldSize, List<byte[]> proof, CheckpointNote checkpoint) {

        static Submission parse(String body) {
            int blank = body.indexOf("\n\n");
            if (blank < 0) {
                throw new IllegalArgumentException("the old size and proof lines end with a blank line");
            }
            String[] lines = body.substring(0, blank).split("\n");
            if (!OLD_SIZE.matcher(lines[0]).matches()) {
                throw new IllegalArgumentException("the first line is 'old <tree size>'");
            }
            if (lines.length - 1 > MAX_PROOF_LINES) {
                throw new IllegalArgumentException("more than " + MAX_PROOF_LINES + " consistency proof lines");
            }
            List<byte[]> proof = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                proof.add(CheckpointNote.decodeHash(lines[i]));
            }
            return new Submission(Long.parseLong(lines[0].substring(4)), proof,
                    CheckpointNote.parse(body.substring(blank + 2)));
        }
    }
}
