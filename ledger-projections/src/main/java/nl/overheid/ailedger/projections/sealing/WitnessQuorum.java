package nl.overheid.ailedger.projections.sealing;

import java.util.List;

import nl.overheid.ailedger.core.integrity.NoteVerifierKey;

/**
 * The witnesses whose cosignatures count, by their cosigner keys, and how many of them make a checkpoint witnessed.
 * With no witnesses, no checkpoint is witnessed.
 */
public record WitnessQuorum(List<NoteVerifierKey> witnesses, int quorum) {

    public WitnessQuorum {
        witnesses = List.copyOf(witnesses);
        if (quorum < 0 || quorum > witnesses.size()) {
            throw new IllegalArgumentException("a quorum lies between 0 and the number of witnesses ("
                    + witnesses.size() + "): " + quorum);
        }
    }
}
