package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.core.integrity.AuditVerdict;
import nl.overheid.ailedger.core.integrity.CheckpointNote;
import nl.overheid.ailedger.core.integrity.CheckpointVerifier;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.JournalVerifier;
import nl.overheid.ailedger.core.integrity.KeyHistory;
import nl.overheid.ailedger.core.integrity.NoteKeyType;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/**
 * {@code java -jar ledger-api.jar verify --journal FILE --checkpoints FILE [--public-key BASE64 | --keys FILE]
 * [--checkpoint NOTE --witness VKEY... [--quorum N] [--earlier-checkpoint NOTE...]]}: the offline verifier, without
 * Spring. Exit code 0 when the journal is intact (and witnessed, when witnesses are given), 1 when not, 2 for a
 * usage error.
 */
public final class VerifyCommand {

    private static final int INTACT = 0;
    private static final int FINDING = 1;
    private static final int USAGE = 2;

    private static final String JOURNAL = "--journal";
    private static final String CHECKPOINTS = "--checkpoints";
    private static final String PUBLIC_KEY = "--public-key";
    private static final String KEYS = "--keys";
    private static final String CHECKPOINT = "--checkpoint";
    private static final String WITNESS = "--witness";
    private static final String QUORUM = "--quorum";
    private static final String EARLIER = "--earlier-checkpoint";
    private static final Set<String> REPEATABLE = Set.of(WITNESS, EARLIER);
    private static final String USAGE_TEXT = """
            usage: java -jar ledger-api.jar verify --journal FILE.ndjson --checkpoints FILE.json
                   [--public-key BASE64 | --keys FILE.json]
                   [--checkpoint NOTE --witness VKEY [--witness VKEY ...] [--quorum N] [--earlier-checkpoint NOTE ...]]
              --journal      the journal as GET /api/v1/audit/journal exports it (NDJSON, from sequence 0; pages
                             may be concatenated)
              --checkpoints  GET /api/v1/audit/checkpoints or /checkpoints/latest (JSON)
              --public-key   the ledger's public key (base64) as its operator publishes it; without it, each
                             checkpoint is checked against the key it publishes itself
              --keys         the ledger's key history, GET /api/v1/audit/keys (JSON): each checkpoint is checked
                             against the key that signs its tree size, so checkpoints from before a rotation verify
              --checkpoint   the cosigned checkpoint note, GET /api/v1/audit/checkpoint
              --witness      a witness's verifier key, as its operator publishes it (its witness.vkey)
              --quorum       how many of the witnesses must have cosigned --checkpoint (default: all)
              --earlier-checkpoint
                             a checkpoint note kept from before: the journal must be the history it was made of""";

    private static final ObjectMapper KEYS_JSON = new ObjectMapper();

    private VerifyCommand() {
    }

    /** Runs the verifier on the arguments after {@code verify}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!Set.of(JOURNAL, CHECKPOINTS, PUBLIC_KEY, KEYS, CHECKPOINT, WITNESS, QUORUM, EARLIER).contains(args[i])
                    || i + 1 >= args.length
                    || options.containsKey(args[i]) && !REPEATABLE.contains(args[i])) {
                return usage(err, "cannot use the argument '" + args[i] + "' here");
            }
            options.computeIfAbsent(args[i], option -> new ArrayList<>()).add(args[i + 1]);
        }
        if (!options.containsKey(JOURNAL) || !options.containsKey(CHECKPOINTS)) {
            return usage(err, JOURNAL + " and " + CHECKPOINTS + " are required");
        }
        if (options.containsKey(WITNESS) != options.containsKey(CHECKPOINT)) {
            return usage(err, CHECKPOINT + " and " + WITNESS + " go together");
        }
        if (options.containsKey(PUBLIC_KEY) && options.containsKey(KEYS)) {
            return usage(err, "give " + PUBLIC_KEY + " or " + KEYS + ", not both");
        }
        Optional<String> publicKey = single(options, PUBLIC_KEY);
        try {
            publicKey.ifPresent(CheckpointVerifier::forPublicKey);
        } catch (IllegalArgumentException e) {
            return usage(err, PUBLIC_KEY + " is not a base64 Ed25519 public key");
        }
        Optional<KeyHistory> keyHistory;
        try {
            keyHistory = single(options, KEYS).map(VerifyCommand::keyHistory);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return usage(err, KEYS + ": " + e.getMessage());
        }
        Optional<Witnessing> witnessing;
        try {
            witnessing = witnessing(options);
        } catch (IllegalArgumentException | IOException e) {
            return usage(err, e.getMessage());
        }
        Path journal = Path.of(single(options, JOURNAL).orElseThrow());
        Path checkpointFile = Path.of(single(options, CHECKPOINTS).orElseThrow());
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
            verdict = keyHistory.isPresent() ? JournalVerifier.verify(lines, checkpoints, keyHistory.get()::hasSigned)
                    : JournalVerifier.verify(lines, checkpoints, publicKey);
        } catch (IOException e) {
            return usage(err, "cannot read " + journal + ": " + e.getMessage());
        }
        report(out, checkpoints, publicKey.isPresent() || keyHistory.isPresent(), verdict);
        if (!verdict.ok()) {
            return FINDING;
        }
        return witnessing.map(w -> reportWitnesses(out, w, checkpoints, verdict)).orElse(INTACT);
    }

    /** The witness options: the cosigned checkpoint, the auditor's witnesses and quorum, earlier checkpoints. */
    private record Witnessing(CheckpointNote latest, List<CheckpointNote> earlier, WitnessCheck check) {
    }

    private static Optional<Witnessing> witnessing(Map<String, List<String>> options) throws IOException {
        if (!options.containsKey(WITNESS)) {
            return Optional.empty();
        }
        List<NoteVerifierKey> witnesses = new ArrayList<>();
        for (String vkey : options.get(WITNESS)) {
            NoteVerifierKey witness = NoteVerifierKey.parse(vkey);
            if (witness.type() != NoteKeyType.COSIGNATURE_V1) {
                throw new IllegalArgumentException(WITNESS + " " + vkey + " is not a witness's cosigner key");
            }
            witnesses.add(witness);
        }
        int quorum = single(options, QUORUM).map(Integer::parseInt).orElse(witnesses.size());
        if (quorum < 1 || quorum > witnesses.size()) {
            throw new IllegalArgumentException(QUORUM + " lies between 1 and the number of witnesses given");
        }
        List<CheckpointNote> earlier = new ArrayList<>();
        for (String file : options.getOrDefault(EARLIER, List.of())) {
            earlier.add(note(file));
        }
        return Optional.of(new Witnessing(note(single(options, CHECKPOINT).orElseThrow()), earlier,
                new WitnessCheck(witnesses, quorum)));
    }

    /** The keys JSON of GET /api/v1/audit/keys: {@code {"items": [{"vkey", "fromTreeSize"}, ...]}}. */
    private static KeyHistory keyHistory(String file) {
        try {
            List<KeyHistory.Entry> entries = new ArrayList<>();
            for (JsonNode key : KEYS_JSON.readTree(Path.of(file).toFile()).path("items")) {
                NoteVerifierKey vkey = NoteVerifierKey.parse(key.path("vkey").asText());
                if (vkey.type() != NoteKeyType.ED25519 || !key.path("fromTreeSize").canConvertToLong()) {
                    throw new IllegalArgumentException("not a key of the ledger with its fromTreeSize: " + key);
                }
                entries.add(new KeyHistory.Entry(Ed25519.publicKeyFromRaw(vkey.publicKey()),
                        key.path("fromTreeSize").asLong()));
            }
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("no keys in " + file);
            }
            return new KeyHistory(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CheckpointNote note(String file) throws IOException {
        try {
            return CheckpointNote.parse(Files.readString(Path.of(file)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a checkpoint note: " + e.getMessage(), e);
        }
    }

    private static Optional<String> single(Map<String, List<String>> options, String option) {
        return Optional.ofNullable(options.get(option)).map(values -> values.get(0));
    }

    private static void report(PrintStream out, List<SignedCheckpoint> checkpoints, boolean keyGiven,
                               AuditVerdict verdict) {
        Set<String> keyIds = new TreeSet<>();
        checkpoints.forEach(checkpoint -> keyIds.add(checkpoint.keyId()));
        out.println("Checkpoints: " + checkpoints.size() + ", signed with key id " + String.join(", ", keyIds)
                + (keyGiven ? " (checked against the keys given)"
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

    private static int reportWitnesses(PrintStream out, Witnessing witnessing, List<SignedCheckpoint> checkpoints,
                                       AuditVerdict verdict) {
        List<SignedCheckpoint> verified = checkpoints.stream()
                .filter(checkpoint -> checkpoint.treeSize() <= verdict.signedEvents()).toList();
        Optional<String> finding = witnessing.check().finding(witnessing.latest(), witnessing.earlier(), verified);
        if (finding.isPresent()) {
            out.println("NOT WITNESSED: " + finding.get());
            return FINDING;
        }
        out.println("WITNESSED: the checkpoint of tree size " + witnessing.latest().treeSize() + " is cosigned by "
                + String.join(", ", witnessing.check().cosigners(witnessing.latest())) + ", and "
                + (witnessing.earlier().size() + 1) + " checkpoint(s) given name roots of this journal.");
        return INTACT;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
