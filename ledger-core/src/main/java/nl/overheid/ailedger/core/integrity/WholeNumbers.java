package nl.overheid.ailedger.core.integrity;

import java.math.BigInteger;

/**
 * Whole numbers read with Jackson's streaming parser, accepted as its trees accept them
 * ({@code canConvertToExactIntegral()} and {@code longValue()}), so that the verifier's readers judge the journal and
 * the checkpoints as they did when they read trees.
 */
final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * @param value what the parser read: an Integer, Long or BigInteger for an integer, a Double for a number with a
     *              fraction or an exponent, anything else for other values
     * @return the number as a long (a BigInteger beyond it truncated), or null when it is not a whole number
     */
    static Long of(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double number && Double.isFinite(number) && number == Math.rint(number)) {
            return number.longValue();
        }
        return null;
    }
}
