package nl.overheid.ailedger.core.policy;

/** Where a rule comes from, shown with it wherever it is shown. */
public enum RuleKind {
    /** The voorlopig standpunt of 2023 or the overheidsbreed standpunt of 2025. */
    STANDPUNT,
    /** Law: the AI Act (AI-verordening), the AVG. */
    WET,
    /** A stricter rule that an organisation or the CIO-beraad adopts for itself; never the standpunt. */
    HUISREGEL
}
