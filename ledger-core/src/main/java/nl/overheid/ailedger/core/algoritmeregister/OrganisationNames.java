package nl.overheid.ailedger.core.algoritmeregister;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Organisations are named, not numbered, in the register. Two names are one organisation when they differ only
 * in case, accents or punctuation ('Zeeuws archief' and 'Zeeuws Archief'); the {@link #key} of a name is that
 * identity, and its {@link #slug} the organisation id. Both depend on the name alone, never on what was seen
 * before, so every import and every ledger derives the same ids.
 */
final class OrganisationNames {

    private static final int MAX_SLUG = 64;
    private static final int MIN_SLUG = 3;
    private static final int HASH_LENGTH = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("^-+|-+$");

    private OrganisationNames() {
    }

    /** The name in lowercase ASCII words joined by '-': 'Wetterskip Fryslân' is wetterskip-fryslan. */
    static String key(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String words = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT).replace("&", " en ")).replaceAll("-");
        String key = OUTER_DASHES.matcher(words).replaceAll("");
        return key.isEmpty() ? "naam-" + hash(name.strip()) : key;
    }

    /**
     * An organisation id within {@code [a-z0-9-]{3,64}}: the key itself, or a key too long for it cut short and
     * ended with a hash of the whole key, so that two long names that begin alike still get two ids.
     */
    static String slug(String key) {
        if (key.length() > MAX_SLUG) {
            String head = key.substring(0, MAX_SLUG - HASH_LENGTH - 1).replaceAll("-+$", "");
            return head + "-" + hash(key);
        }
        return key.length() < MIN_SLUG ? "organisatie-" + key : key;
    }

    private static String hash(String text) {
        return Fingerprints.of(text.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_LENGTH);
    }
}
