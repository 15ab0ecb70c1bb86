package nl.overheid.ailedger.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.overheid.ailedger.core.integrity.CheckpointNote;
import nl.overheid.ailedger.core.integrity.Hex;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/**
 * The offline verifier's trust in witnesses rather than in the operator: the latest checkpoint must carry valid
 * cosignatures of a quorum of the witnesses the auditor names, and it, and every earlier checkpoint the auditor kept,
 * must name a root the journal was verified against. As the journal is one history, two such roots are consistent.
 */
final class WitnessCheck {

    private final List<NoteVerifierKey> witnesses;
    private final int quorum;

    WitnessCheck(List<NoteVerifierKey> witnesses, int quorum) {
        this.witnesses = List.copyOf(witnesses);
        this.quorum = quorum;
    }

    /** The names of the given witnesses whose valid cosignature the note carries. */
    List<String> cosigners(CheckpointNote note) {
        return witnesses.stream().filter(witness -> witness.cosignedAt(note.note()).isPresent())
                .map(NoteVerifierKey::name).toList();
    }

    /**
     * What is wrong, if anything.
     *
     * @param verified the checkpoints whose roots the journal matched
     */
    Optional<String> finding(CheckpointNote latest, List<CheckpointNote> earlier, List<SignedCheckpoint> verified) {
        int cosigned = cosigners(latest).size();
        if (cosigned < quorum) {
            return Optional.of("the checkpoint of tree size " + latest.treeSize() + " is not witnessed: it carries "
                    + cosigned + " valid cosignatures of the " + witnesses.size() + " witnesses given, fewer than "
                    + "the quorum of " + quorum);
        }
        for (CheckpointNote note : concat(latest, earlier)) {
            boolean matched = verified.stream().anyMatch(checkpoint -> checkpoint.treeSize() == note.treeSize()
                    && checkpoint.rootHash().equals(Hex.encode(note.rootHash())));
            if (!matched) {
                return Optional.of("the " + (note == latest ? "" : "earlier ") + "checkpoint of tree size "
                        + note.treeSize() + " (root " + Hex.encode(note.rootHash()) + ") does not match the journal: "
                        + "its history differs from the one this checkpoint was made of");
            }
        }
        return Optional.empty();
    }

    private static List<CheckpointNote> concat(CheckpointNote latest, List<CheckpointNote> earlier) {
        return Stream.concat(Stream.of(latest), earlier.stream()).toList();
    }
}
