package nl.overheid.ailedger.core.api.commitment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parliamentary paper as the Kamer numbers it: the vergaderjaar ({@code 2023-2024}), the dossier ({@code 26 643})
 * and the number within it ({@code 1125}). Cited as "Kamerstukken 2023/24, 26 643, nr. 1125".
 */
public record Kamerstuk(String vergaderjaar, String dossier, String number) {

    public static final String VERGADERJAAR = "[0-9]{4}-[0-9]{4}";
    public static final String DOSSIER = "[0-9]{1,3}( ?[0-9]{3})?(-[0-9A-Z]{1,6})?";
    public static final String NUMBER = "[0-9]{1,5}[a-z]?";
    private static final Pattern VALID_VERGADERJAAR = Pattern.compile(VERGADERJAAR);
    private static final Pattern VALID_DOSSIER = Pattern.compile(DOSSIER);
    private static final Pattern VALID_NUMBER = Pattern.compile(NUMBER);

    public Kamerstuk {
        Objects.requireNonNull(vergaderjaar, "vergaderjaar");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(number, "number");
        if (!VALID_VERGADERJAAR.matcher(vergaderjaar).matches()
                || Integer.parseInt(vergaderjaar.substring(5)) != Integer.parseInt(vergaderjaar.substring(0, 4)) + 1) {
            throw new IllegalArgumentException("vergaderjaar '" + vergaderjaar + "' is not two years in a row, "
                    + "such as 2023-2024");
        }
        if (!VALID_DOSSIER.matcher(dossier).matches()) {
            throw new IllegalArgumentException("dossier '" + dossier + "' is not a dossier number such as 26 643");
        }
        if (!VALID_NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("number '" + number + "' is not a number within a dossier");
        }
    }

    /** "Kamerstukken 2023/24, 26 643, nr. 1125". */
    public String citation() {
        return "Kamerstukken " + vergaderjaar.substring(0, 4) + "/" + vergaderjaar.substring(7) + ", " + dossier
                + ", nr. " + number;
    }
}
