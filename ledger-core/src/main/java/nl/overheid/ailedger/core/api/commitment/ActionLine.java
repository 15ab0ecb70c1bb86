package nl.overheid.ailedger.core.api.commitment;

/**
 * Actielijn of the overheidsbrede visie generatieve AI (Kamerstukken 2023/24, 26 643, nr. 1125), in the visie's
 * order, with its heading as the visie spells it. The constant names are stored in events and stay as they are.
 */
public enum ActionLine {
    SAMENWERKEN("Samenwerken"),
    ONTWIKKELINGEN_VOLGEN("Nauwgezet volgen van alle ontwikkelingen"),
    WET_EN_REGELGEVING("Vormgeven en toepassen wet- en regelgeving"),
    KENNIS_EN_KUNDE("Vergroten kennis en kunde"),
    INNOVEREN("Innoveren met generatieve AI"),
    TOEZICHT_EN_HANDHAVING("Sterk en helder toezicht houden en handhaven");

    private final String label;

    ActionLine(String label) {
        this.label = label;
    }

    /** The heading of the actielijn in the visie. */
    public String label() {
        return label;
    }
}
