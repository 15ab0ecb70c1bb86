package nl.overheid.ailedger.core.integrity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats doubles exactly as ECMAScript's {@code Number.prototype.toString()} does (ECMA-262 Number::toString), as
 * RFC 8785 section 3.2.2.3 requires.
 *
 * <p>The JDK 17 {@code Double.toString} does not always produce the shortest round-tripping digits (for example
 * {@code 4.9E-324} where ECMAScript says {@code 5e-324}), so the digits are searched for directly: for each length k
 * from 1 upwards, the two k-digit decimals just below and above the exact binary value are candidates; the first
 * length with a candidate that parses back to the same double wins, and among two winners the closer one (ties: even
 * last digit) is taken, as ECMA-262 specifies.
 */
final class EcmaScriptNumbers {

    /** 17 significant digits always round-trip a double. */
    private static final int MAX_DIGITS = 17;

    private EcmaScriptNumbers() {
    }

    /**
     * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot express
     */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON cannot represent " + value);
        }
        if (value == 0) {
            return "0"; // also for -0
        }
        if (value < 0) {
            return "-" + format(-value);
        }
        BigDecimal digits = shortestDigits(value);
        String s = digits.unscaledValue().toString();
        int k = s.length();
        int n = k - digits.scale(); // value = 0.s * 10^n
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        String exponent = (n - 1 >= 0 ? "e+" : "e-") + Math.abs(n - 1);
        return k == 1 ? s + exponent : s.charAt(0) + "." + s.substring(1) + exponent;
    }

    /** The shortest decimal that reads back as {@code value} (positive, finite), without trailing zeros. */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int k = 1; k <= MAX_DIGITS; k++) {
            BigDecimal below = exact.round(new MathContext(k, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(k, RoundingMode.CEILING));
            boolean belowFits = roundTrips(below, value);
            boolean aboveFits = roundTrips(above, value);
            if (belowFits && aboveFits) {
                return closer(below, above, exact).stripTrailingZeros();
            }
            if (belowFits || aboveFits) {
                return (belowFits ? below : above).stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no " + MAX_DIGITS + "-digit representation of " + value);
    }

    private static boolean roundTrips(BigDecimal candidate, double value) {
        return Double.parseDouble(candidate.toString()) == value;
    }

    private static BigDecimal closer(BigDecimal below, BigDecimal above, BigDecimal exact) {
        int comparison = exact.subtract(below).compareTo(above.subtract(exact));
        if (comparison != 0) {
            return comparison < 0 ? below : above;
        }
        return below.unscaledValue().testBit(0) ? above : below;
    }
}
