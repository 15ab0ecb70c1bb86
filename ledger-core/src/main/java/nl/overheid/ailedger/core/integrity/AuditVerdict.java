package nl.overheid.ailedger.core.integrity;

/**
 * The outcome of a {@link JournalAudit}.
 *
 * @param ok                  no finding: every event matched its sealed leaf and every checkpoint its root
 * @param verifiedEvents      events whose leaf was recomputed and matched before the first finding
 * @param signedEvents        events covered by the last checkpoint that matched; later ones carry no signature yet
 * @param verifiedCheckpoints checkpoints whose signature and root were confirmed
 * @param firstBadSequence    the first sequence the finding concerns, or null when ok
 * @param finding             what is wrong, or null when ok
 */
public record AuditVerdict(boolean ok, long verifiedEvents, long signedEvents, long verifiedCheckpoints,
                           Long firstBadSequence, String finding) {
}
