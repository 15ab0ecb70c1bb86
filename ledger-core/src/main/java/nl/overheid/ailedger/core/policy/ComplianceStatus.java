package nl.overheid.ailedger.core.policy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How an application in production stands against the rules in scope for it on a given date, with the words
 * that the monitor, the register and the report show for it.
 */
public enum ComplianceStatus {
    COMPLIANT("Voldoet", "Voldoet aan elke regel die erop van toepassing is."),
    NON_COMPLIANT("Voldoet niet", "Mist ten minste één regel die erop van toepassing is."),
    OVERDUE("Voldoet niet na de overgangstermijn",
            "Bestaand gebruik dat na het einde van de overgangstermijn nog een regel mist."),
    UNKNOWN("Onbekend",
            "De ledger kent deze toepassing alleen uit een openbare bron (het Algoritmeregister) en de organisatie "
                    + "heeft nog geen eigen stap vastgelegd. Over risicoanalyse, rollen en leveranciersafspraken is "
                    + "dus niets bekend; onbekend is geen overtreding."),
    NOT_APPLICABLE("Niet van toepassing",
            "Niet in gebruik, of geen regel in werking die op deze toepassing van toepassing is.");

    /**
     * The statuses the monitor counts: of applications in use that a rule binds. NOT_APPLICABLE is not one of them.
     */
    public static final Set<ComplianceStatus> COUNTED =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(NOT_APPLICABLE)));

    private final String label;
    private final String meaning;

    ComplianceStatus(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
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
