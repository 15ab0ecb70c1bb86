package nl.overheid.ailedger.core.integrity;

import java.security.MessageDigest;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Checks a journal, event by event in ledger order, against the leaf hashes it was sealed with and against signed
 * checkpoints, in one pass and O(log n) memory (a {@link CompactRange} of the recomputed leaves).
 *
 * <p>Every event's recomputed leaf must equal its sealed leaf, and whenever the journal reaches the size of a
 * checkpoint, the root of the recomputed leaves must equal that checkpoint's root. Checkpoints are taken in order of
 * tree size, so two consecutive ones that both match are also consistent: the later tree extends the earlier one.
 * A root mismatch cannot say which leaf changed, only that it lies after the last checkpoint that matched; the
 * finding then names the first sequence of that range.
 *
 * <p>The first finding ends the audit: later events are not judged. Not thread-safe.
 */
public final class JournalAudit {

    private final Iterator<SignedCheckpoint> checkpoints;
    private final Predicate<SignedCheckpoint> trusted;
    private final CompactRange range = CompactRange.empty();
    private SignedCheckpoint next;
    /** The tree size of the last checkpoint that matched: the events covered by a signature. */
    private long signedEvents;
    private long verifiedCheckpoints;
    private Finding finding;

    /**
     * @param checkpointsBySize checkpoints in ascending tree size
     * @param trusted           whether a checkpoint's signature is valid under a key the auditor trusts
     */
    public JournalAudit(Iterator<SignedCheckpoint> checkpointsBySize, Predicate<SignedCheckpoint> trusted) {
        this.checkpoints = checkpointsBySize;
        this.trusted = trusted;
        this.next = nextCheckpoint();
        settleCheckpoints();
    }

    /**
     * Takes the next event of the journal.
     *
     * @param recomputedLeaf the leaf hash recomputed from the event itself
     * @param sealedLeaf     the leaf hash the event was sealed with
     * @return false once there is a finding; further events are then ignored
     */
    public boolean accept(long sequence, byte[] recomputedLeaf, byte[] sealedLeaf) {
        if (finding != null) {
            return false;
        }
        long expected = range.size();
        if (sequence != expected) {
            return reject(expected, sequence > expected
                    ? "sequence " + expected + " is missing (the next event has sequence " + sequence + ")"
                    : "sequence " + sequence + " appears again where sequence " + expected + " was expected");
        }
        if (!MessageDigest.isEqual(recomputedLeaf, sealedLeaf)) {
            return reject(sequence, "event " + sequence + " does not match the leaf hash it was sealed with (sealed "
                    + Hex.encode(sealedLeaf) + ", recomputed " + Hex.encode(recomputedLeaf) + ")");
        }
        range.append(recomputedLeaf);
        settleCheckpoints();
        return finding == null;
    }

    /** The sequence the next event must have. */
    public long nextSequence() {
        return range.size();
    }

    /**
     * Records a problem the caller found with the event at {@code sequence} (missing, unreadable).
     *
     * @return false, as {@link #accept} does after a finding
     */
    public boolean reject(long sequence, String reason) {
        if (finding == null) {
            finding = new Finding(sequence, reason);
        }
        return false;
    }

    /** Ends the journal: a checkpoint beyond its end means events are missing at the end. */
    public AuditVerdict finish() {
        if (finding == null && next != null) {
            reject(range.size(), "the journal ends after " + range.size() + " events, but the checkpoint of tree size "
                    + next.treeSize() + " covers more: sequence " + range.size() + " is missing");
        }
        return finding == null
                ? new AuditVerdict(true, range.size(), signedEvents, verifiedCheckpoints, null, null)
                : new AuditVerdict(false, range.size(), signedEvents, verifiedCheckpoints, finding.sequence(),
                        finding.reason());
    }

    /** Judges every checkpoint the journal has now reached. */
    private void settleCheckpoints() {
        while (finding == null && next != null && next.treeSize() <= range.size()) {
            if (next.treeSize() < range.size()) {
                reject(signedEvents, "the checkpoints are not in order of tree size");
            } else if (!trusted.test(next)) {
                reject(signedEvents, "the checkpoint of tree size " + next.treeSize()
                        + " is not validly signed by a trusted key");
            } else if (!MessageDigest.isEqual(range.rootHash(), Hex.decode(next.rootHash()))) {
                reject(signedEvents, "the root of the first " + next.treeSize() + " events differs from the "
                        + "checkpoint of tree size " + next.treeSize() + ": an event among sequences " + signedEvents
                        + ".." + (next.treeSize() - 1) + " was changed together with its sealed leaf hash");
            } else {
                signedEvents = next.treeSize();
                verifiedCheckpoints++;
                next = nextCheckpoint();
            }
        }
    }

    private SignedCheckpoint nextCheckpoint() {
        return checkpoints.hasNext() ? checkpoints.next() : null;
    }

    private record Finding(long sequence, String reason) {
    }
}
