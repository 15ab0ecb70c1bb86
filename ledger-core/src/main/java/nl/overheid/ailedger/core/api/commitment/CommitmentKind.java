package nl.overheid.ailedger.core.api.commitment;

/** A motie adopted by the Tweede Kamer, or a toezegging (promise) the cabinet made to it. */
public enum CommitmentKind {
    MOTIE, TOEZEGGING
}
