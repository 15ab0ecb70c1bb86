package nl.overheid.ailedger.core.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The offline verifier: checks an exported journal (the NDJSON of the journal endpoint) against checkpoints (the JSON
 * of the checkpoints endpoints) with nothing but the files, streaming the journal line by line. It uses Jackson's
 * streaming parser only, which keeps the start of the command short.
 */
public final class JournalVerifier {

    private JournalVerifier() {
    }

    /**
     * Reads the checkpoints endpoint's {@code {"items": [...]}}, a bare array, or the single latest checkpoint.
     *
     * @throws IllegalArgumentException if the text is not such JSON or a checkpoint lacks a field
     */
    public static List<SignedCheckpoint> readCheckpoints(InputStream in) throws IOException {
        return CheckpointsJson.read(in);
    }

    /**
     * Verifies the journal (NDJSON as UTF-8) against the checkpoints.
     *
     * @param expectedPublicKey the base64 public key the auditor trusts; when absent, each checkpoint is checked
     *                          against the public key it publishes itself
     */
    public static AuditVerdict verify(InputStream journal, List<SignedCheckpoint> checkpoints,
                                      Optional<String> expectedPublicKey) throws IOException {
        return verify(journal, checkpoints, trust(expectedPublicKey));
    }

    /** Verifies the journal against the checkpoints, trusting those {@code trusted} accepts (see KeyHistory). */
    public static AuditVerdict verify(InputStream journal, List<SignedCheckpoint> checkpoints,
                                      Predicate<SignedCheckpoint> trusted) throws IOException {
        List<SignedCheckpoint> bySize = checkpoints.stream()
                .sorted(Comparator.comparingLong(SignedCheckpoint::treeSize)).toList();
        JournalAudit audit = new JournalAudit(bySize.iterator(), trusted);
        JournalLines lines = new JournalLines(journal);
        JournalLineCheck check = new JournalLineCheck();
        long lineNumber = 0;
        while (lines.next()) {
            lineNumber++;
            if (!lines.isBlank()
                    && !check.check(audit, lines.bytes(), lines.offset(), lines.length(), lineNumber)) {
                break;
            }
        }
        return audit.finish();
    }

    private static Predicate<SignedCheckpoint> trust(Optional<String> expectedPublicKey) {
        if (expectedPublicKey.isPresent()) {
            CheckpointVerifier verifier = CheckpointVerifier.forPublicKey(expectedPublicKey.get());
            return checkpoint -> checkpoint.isSignedBy(verifier);
        }
        Map<String, Optional<CheckpointVerifier>> byKey = new HashMap<>();
        return checkpoint -> checkpoint.publicKey() != null && byKey
                .computeIfAbsent(checkpoint.publicKey(), JournalVerifier::verifierOf)
                .map(checkpoint::isSignedBy).orElse(false);
    }

    private static Optional<CheckpointVerifier> verifierOf(String publicKey) {
        try {
            return Optional.of(CheckpointVerifier.forPublicKey(publicKey));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}
