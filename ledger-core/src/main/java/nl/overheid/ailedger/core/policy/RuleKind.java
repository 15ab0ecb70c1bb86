package nl.overheid.ailedger.core.policy;

/** Where a rule comes from, shown with it wherever it is shown. */
public enum RuleKind {
    /** The voorlopig standpunt of 2023 or the overheidsbreed standpunt of 2025. */
    STANDPUNT("Standpunt"),
    /** Law: the AI Act (AI-verordening), the AVG. */
    WET("Wet"),
    /** A stricter rule that an organisation or the CIO-beraad adopts for itself; never the standpunt. */
    HUISREGEL("Huisregel");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    /** The kind as people read it (Dutch). */
    public String label() {
        return label;
    }
}
