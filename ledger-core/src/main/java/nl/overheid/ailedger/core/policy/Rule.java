package nl.overheid.ailedger.core.policy;

/** The rules of the standpunt on generative AI that the policy gate enforces. */
public enum Rule {
    R1("Risicoanalyse goedgekeurd vóór ingebruikname"),
    R2("Betrokkenheid van de juiste rollen (CIO, FG)"),
    R3("Afspraken met de leverancier bij inkoop"),
    R4("Geen gebruik onder consumentenvoorwaarden"),
    R5("Verkenning zonder gevoelige gegevens"),
    R6("Geen verboden AI-praktijk in pilot of productie");

    private final String label;

    Rule(String label) {
        this.label = label;
    }

    /** The rule as it is shown to people (Dutch). */
    public String label() {
        return label;
    }
}
