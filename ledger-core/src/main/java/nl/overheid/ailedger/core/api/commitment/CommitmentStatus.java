package nl.overheid.ailedger.core.api.commitment;

/**
 * Status of a commitment in the Kamer's own vocabulary, with the words the report and the pages show for it.
 * Overdue is derived, not a status of its own.
 */
public enum CommitmentStatus {
    OPENSTAAND("Openstaand", "De ledger heeft nog geen afdoening vastgelegd."),
    DEELS_VOLDAAN("Deels voldaan", "Een deel is afgedaan; de rest staat nog open."),
    VOLDAAN("Voldaan", "Afgedaan met het genoemde stuk."),
    VERVALLEN("Vervallen", "Wordt niet meer uitgevoerd, om de genoemde reden.");

    private final String label;
    private final String meaning;

    CommitmentStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** Open commitments still owe the Kamer something, and can be overdue. */
    public boolean isOpen() {
        return this == OPENSTAAND || this == DEELS_VOLDAAN;
    }

    /** The status as people read it (Dutch). */
    public String label() {
        return label;
    }

    /** One sentence (Dutch) that says what the status means. */
    public String meaning() {
        return meaning;
    }
}
