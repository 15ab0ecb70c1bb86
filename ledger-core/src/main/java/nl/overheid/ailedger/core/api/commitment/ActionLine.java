package nl.overheid.ailedger.core.api.commitment;

/** Actielijn of the overheidsbrede visie generatieve AI (January 2024) that a commitment belongs to. */
public enum ActionLine {
    SAMENWERKEN, ONTWIKKELINGEN_VOLGEN, WET_EN_REGELGEVING, KENNIS_EN_KUNDE, INNOVEREN, TOEZICHT_EN_HANDHAVING
}
