package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import nl.overheid.ailedger.core.integrity.AuditVerdict;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import nl.overheid.ailedger.projections.sealing.CheckpointQueries;
import nl.overheid.ailedger.projections.sealing.ConsistencyProof;
import nl.overheid.ailedger.projections.sealing.InclusionProof;
import nl.overheid.ailedger.projections.sealing.JournalQueries;
import nl.overheid.ailedger.projections.sealing.JournalVerification;
import nl.overheid.ailedger.projections.sealing.SealingKeyHistory;
import nl.overheid.ailedger.web.InvalidRequestException;
import nl.overheid.ailedger.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: the sealed journal, the signed checkpoints, RFC 6962 proofs over them, and a verification of the
 * stored events against it all. Proofs are given for trees up to the latest checkpoint, the largest signed tree.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    static final String NDJSON = "application/x-ndjson";
    private static final int MAX_LIMIT = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JournalQueries journal;
    private final CheckpointQueries checkpoints;
    private final JournalVerification verification;
    private final ReadModelVerification readModels;
    private final SealingKeyHistory keyHistory;
    private final CheckpointWitnessing witnessing;

    AuditController(JournalQueries journal, CheckpointQueries checkpoints, JournalVerification verification,
                    ReadModelVerification readModels, SealingKeyHistory keyHistory, CheckpointWitnessing witnessing) {
        this.journal = journal;
        this.checkpoints = checkpoints;
        this.verification = verification;
        this.readModels = readModels;
        this.keyHistory = keyHistory;
        this.witnessing = witnessing;
    }

    /** Streams the lines as they are read from the database, never holding the page in memory. */
    @GetMapping(value = "/journal", produces = NDJSON)
    @ApiResponse(responseCode = "200", description = "One journal line (a JSON object) per event, in ledger order",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = "string")))
    void journal(@RequestParam(defaultValue = "0") long fromSequence,
                 @RequestParam(defaultValue = "1000") int limit,
                 HttpServletResponse response) throws IOException {
        if (fromSequence < 0) {
            throw new InvalidRequestException("fromSequence", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must lie between 1 and " + MAX_LIMIT);
        }
        response.setContentType(NDJSON);
        OutputStream out = response.getOutputStream();
        journal.journal(fromSequence, limit, line -> write(out, line));
    }

    /** {@code witnessed}: cosigned by a quorum of the configured witnesses; false while it is not, or none are. */
    @GetMapping("/checkpoints/latest")
    CheckpointWitnessing.WitnessedCheckpoint latestCheckpoint() {
        return witnessing.latest().orElseThrow(AuditController::noCheckpoint);
    }

    /**
     * The latest checkpoint as a C2SP tlog-checkpoint signed note (c2sp.org/tlog-checkpoint): the same tree size and
     * root as {@code /checkpoints/latest}, in the form standard transparency-log tools read.
     */
    @Operation(summary = "Read the latest checkpoint as a signed note", description = "The latest checkpoint in the C2SP tlog-checkpoint format (origin, tree size, base64 root hash), signed as a C2SP signed note with the ledger's Ed25519 key; the same checkpoint as /checkpoints/latest. Open to anyone.")
    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String checkpointNote() {
        return witnessing.latestNote().orElseThrow(AuditController::noCheckpoint);
    }

    /** The keys with which signed notes of this ledger verify, in the C2SP verifier-key form. */
    @Operation(summary = "List the ledger's verifier keys", description = "The keys that sign the ledger's checkpoints as C2SP signed notes, in the verifier-key form name+keyid+base64, the current one first, each with the tree size from which it signs. Open to anyone.")
    @GetMapping("/keys")
    KeyList keys() {
        return new KeyList(keyHistory.verifierKeys());
    }

    /** {@code fromTreeSize} of each key: the first tree size it signs. */
    record KeyList(List<SealingKeyHistory.VerifierKey> items) {
    }

    @GetMapping("/checkpoints")
    CheckpointList allCheckpoints() {
        return new CheckpointList(checkpoints.all());
    }

    /** Without {@code treeSize}: in the tree of the latest checkpoint. */
    @GetMapping("/journal/{sequence}/proof")
    InclusionProof inclusionProof(@PathVariable long sequence, @RequestParam(required = false) Long treeSize) {
        if (sequence < 0) {
            throw new InvalidRequestException("sequence", "must be 0 or more");
        }
        long size = treeSize == null ? latestTreeSize() : requireSigned("treeSize", treeSize);
        if (size < 1) {
            throw new InvalidRequestException("treeSize", "must be 1 or more");
        }
        if (sequence >= size) {
            throw new NotFoundException("sequence " + sequence + " is not in the tree of size " + size);
        }
        return journal.inclusionProof(sequence, size);
    }

    /** Without {@code to}: up to the tree of the latest checkpoint. */
    @GetMapping("/consistency")
    ConsistencyProof consistencyProof(@RequestParam long from, @RequestParam(required = false) Long to) {
        if (from < 0) {
            throw new InvalidRequestException("from", "must be 0 or more");
        }
        if (to != null && from > to) {
            throw new InvalidRequestException("from", "must not exceed to (" + to + ")");
        }
        long toSize = to == null ? latestTreeSize() : requireSigned("to", to);
        if (from > toSize) {
            throw new InvalidRequestException("from",
                    "exceeds the tree size of the latest checkpoint (" + toSize + ")");
        }
        return journal.consistencyProof(from, toSize);
    }

    @GetMapping("/verification")
    VerificationView verification() {
        return VerificationView.of(verification.verify(), readModels.verify());
    }

    private long latestTreeSize() {
        return checkpoints.latest().orElseThrow(AuditController::noCheckpoint).treeSize();
    }

    /** A tree size that a signed checkpoint covers: not beyond the latest one. */
    private long requireSigned(String name, long treeSize) {
        if (treeSize < 0) {
            throw new InvalidRequestException(name, "must be 0 or more");
        }
        long latest = checkpoints.latest().map(SignedCheckpoint::treeSize).orElse(0L);
        if (treeSize > latest) {
            throw new InvalidRequestException(name, "exceeds the tree size of the latest checkpoint (" + latest + ")");
        }
        return treeSize;
    }

    static NotFoundException noCheckpoint() {
        return new NotFoundException("no checkpoint has been signed yet");
    }

    private static void write(OutputStream out, ObjectNode line) {
        try {
            out.write(JSON.writeValueAsBytes(line));
            out.write('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal line cannot be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record CheckpointList(List<SignedCheckpoint> items) {
    }

    /**
     * @param verifiedEvents        events recomputed from the store that matched their sealed leaf before any finding
     * @param firstMismatchSequence the first sequence the finding concerns, or null
     * @param finding               what is wrong, or null
     * @param verifiedCheckpoints   checkpoints whose signature and root were confirmed
     * @param signedEvents          events covered by the last confirmed checkpoint
     */
    /**
     * {@code ok}: the journal verifies and the read models equal the events; {@code readModels} says what the
     * comparison of the read models found.
     */
    record VerificationView(long verifiedEvents, boolean ok, Long firstMismatchSequence, String finding,
                            long verifiedCheckpoints, long signedEvents,
                            ReadModelVerification.ReadModelVerdict readModels) {

        static VerificationView of(AuditVerdict journal, ReadModelVerification.ReadModelVerdict readModels) {
            return new VerificationView(journal.verifiedEvents(), journal.ok() && readModels.ok(),
                    journal.firstBadSequence(), journal.finding(), journal.verifiedCheckpoints(),
                    journal.signedEvents(), readModels);
        }
    }
}
