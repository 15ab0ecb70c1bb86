package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.overheid.ailedger.core.integrity.AuditVerdict;
import nl.overheid.ailedger.core.integrity.CheckpointVerifier;
import nl.overheid.ailedger.core.integrity.JournalVerifier;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/**
 * {@code java -jar ledger-api.jar verify --journal FILE --checkpoints FILE [--public-key BASE64]}: the offline
 * verifier, without Spring. Exit code 0 when the journal is intact, 1 when not, 2 for a usage error.
 */
public final class VerifyCommand {

    private static final int INTACT = 0;
    private static final int FINDING = 1;
    private static final int USAGE = 2;

    private static final String JOURNAL = "--journal";
    private static final String CHECKPOINTS = "--checkpoints";
    private static final String PUBLIC_KEY = "--public-key";
    private static final String USAGE_TEXT = """
            usage: java -jar ledger-api.jar verify --journal FILE.ndjson --checkpoints FILE.json [--public-key BASE64]
              --journal      the journal as GET /api/v1/audit/journal exports it (NDJSON, from sequence 0; pages
                             may be concatenated)
              --checkpoints  GET /api/v1/audit/checkpoints or /checkpoints/latest (JSON)
              --public-key   the ledger's public key (base64) as its operator publishes it; without it, each
                             checkpoint is checked against the key it publishes itself""";

    private VerifyCommand() {
    }

    /** Runs the verifier on the arguments after {@code verify}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!Set.of(JOURNAL, CHECKPOINTS, PUBLIC_KEY).contains(args[i]) || i + 1 >= args.length
                    || options.put(args[i], args[i + 1]) != null) {
                return usage(err, "cannot use the argument '" + args[i] + "' here");
            }
        }
        if (!options.containsKey(JOURNAL) || !options.containsKey(CHECKPOINTS)) {
            return usage(err, JOURNAL + " and " + CHECKPOINTS + " are required");
        }
        Optional<String> publicKey = Optional.ofNullable(options.get(PUBLIC_KEY));
        try {
            publicKey.ifPresent(CheckpointVerifier::forPublicKey);
        } catch (IllegalArgumentException e) {
            return usage(err, PUBLIC_KEY + " is not a base64 Ed25519 public key");
        }
        Path journal = Path.of(options.get(JOURNAL));
        Path checkpointFile = Path.of(options.get(CHECKPOINTS));
        List<SignedCheckpoint> checkpoints;
        try (InputStream in = Files.newInputStream(checkpointFile)) {
            checkpoints = JournalVerifier.readCheckpoints(in);
        } catch (IOException e) {
            return usage(err, "cannot read " + checkpointFile + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return usage(err, checkpointFile + ": " + e.getMessage());
        }
        AuditVerdict verdict;
        try (InputStream lines = Files.newInputStream(journal)) {
            verdict = JournalVerifier.verify(lines, checkpoints, publicKey);
        } catch (IOException e) {
            return usage(err, "cannot read " + journal + ": " + e.getMessage());
        }
        report(out, checkpoints, publicKey.isPresent(), verdict);
        return verdict.ok() ? INTACT : FINDING;
    }

    private static void report(PrintStream out, List<SignedCheckpoint> checkpoints, boolean keyGiven,
                               AuditVerdict verdict) {
        Set<String> keyIds = new TreeSet<>();
        checkpoints.forEach(checkpoint -> keyIds.add(checkpoint.keyId()));
        out.println("Checkpoints: " + checkpoints.size() + ", signed with key id " + String.join(", ", keyIds)
                + (keyGiven ? " (checked against the public key given)"
                        : " (checked against the public keys they publish: compare them with the ledger's own)"));
        if (verdict.ok()) {
            out.println("VERIFIED: " + verdict.verifiedEvents() + " events each match their leaf hash; the roots of "
                    + verdict.verifiedCheckpoints() + " checkpoints match the journal and each extends the one "
                    + "before it.");
            if (verdict.signedEvents() < verdict.verifiedEvents()) {
                out.println("Note: events from sequence " + verdict.signedEvents()
                        + " on are not covered by a checkpoint yet.");
            }
        } else {
            out.println("FAILED at sequence " + verdict.firstBadSequence() + ": " + verdict.finding());
            out.println("Before the finding: " + verdict.verifiedEvents() + " events and "
                    + verdict.verifiedCheckpoints() + " checkpoints verified.");
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
