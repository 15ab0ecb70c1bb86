package nl.overheid.ailedger.core.api.commitment;

/**
 * A motie adopted by the Tweede Kamer, a toezegging (promise) a bewindspersoon made to it, or an action the cabinet
 * announced to it in the overheidsbrede visie generatieve AI, which is neither.
 */
public enum CommitmentKind {
    MOTIE("Motie"),
    TOEZEGGING("Toezegging"),
    ACTIE("Actie uit de visie");

    private final String label;

    CommitmentKind(String label) {
        this.label = label;
    }

    /** The kind as people read it (Dutch). */
    public String label() {
        return label;
    }
}
