package nl.overheid.ailedger.core.api.commitment;

/** Status of a commitment in the Kamer's own vocabulary. Overdue is derived, not a status of its own. */
public enum CommitmentStatus {
    OPENSTAAND, DEELS_VOLDAAN, VOLDAAN, VERVALLEN;

    /** Open commitments still owe the Kamer something, and can be overdue. */
    public boolean isOpen() {
        return this == OPENSTAAND || this == DEELS_VOLDAAN;
    }
}
