package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcmaScriptNumbersTest {

    /** RFC 8785 Appendix B, "Number Serialization Samples": IEEE 754 bit pattern and expected text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void matchesRfc8785AppendixB(String ieee754Hex, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Hex, 16));

        assertThat(EcmaScriptNumbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1e21, 1e+21",
        "1e20, 100000000000000000000",
        "1e-7, 1e-7",
        "1.0E30, 1e+30",
        "4.5, 4.5",
        "0.002, 0.002",
        "0.000001, 0.000001",
        "0.0000012345, 0.0000012345",
        "1.2345e-7, 1.2345e-7",
        "-0.0, 0",
        "123.456, 123.456",
        "-1.5, -1.5",
        "1.5e300, 1.5e+300",
        "2e-323, 2e-323",
        "0.1, 0.1",
        "100, 100",
    })
    void formatsLikeNumberPrototypeToString(double value, String expected) {
        assertThat(EcmaScriptNumbers.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFiniteValues(double value) {
        assertThatThrownBy(() -> EcmaScriptNumbers.format(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomDoublesRoundTripWithNoMoreDigitsThanTheJdkNeeds() {
        SplittableRandom random = new SplittableRandom(8785);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            String formatted = EcmaScriptNumbers.format(value);
            assertThat(Double.parseDouble(formatted)).as(formatted).isEqualTo(value == 0 ? 0.0 : value);
            assertThat(significantDigits(formatted)).as(formatted)
                    .isLessThanOrEqualTo(significantDigits(Double.toString(value)));
        }
    }

    private static int significantDigits(String number) {
        String mantissa = number.split("[eE]")[0].replace("-", "").replace(".", "");
        String digits = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
        return Math.max(digits.length(), 1);
    }
}
