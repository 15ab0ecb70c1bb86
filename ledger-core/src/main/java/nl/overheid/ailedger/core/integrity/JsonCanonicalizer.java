package nl.overheid.ailedger.core.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) over Jackson trees: no whitespace, object members sorted by the UTF-16
 * code units of their names ({@link String#compareTo} order), strings with only the mandatory escapes, numbers as
 * ECMAScript prints IEEE 754 doubles, all encoded as UTF-8.
 *
 * <p>Integral nodes (int, long, BigInteger) whose value a double cannot hold exactly are rejected rather than silently
 * rounded, because a canonical form that changes the value would make a signature cover different data.
 */
public final class JsonCanonicalizer {

    /** Room for a journal line without growing: growing the buffer was a fifth of the offline verifier's work. */
    private static final int INITIAL_CAPACITY = 1024;
    /** Integers up to 2^53 are exact doubles, and ECMAScript prints them as their decimal digits. */
    private static final long LARGEST_EXACT_INTEGER = 1L << 53;

    private JsonCanonicalizer() {
    }

    /**
     * @throws IllegalArgumentException for NaN or infinite numbers, integers beyond double precision, strings with
     *     unpaired surrogates, and node types that have no JSON form (binary, POJO, missing)
     */
    public static byte[] canonicalize(JsonNode node) {
        StringBuilder out = new StringBuilder(INITIAL_CAPACITY);
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("no JSON representation for node type " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i), out);
            out.append(':');
            write(node.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out) {
        out.append('[');
        for (Iterator<JsonNode> elements = node.elements(); elements.hasNext(); ) {
            write(elements.next(), out);
            if (elements.hasNext()) {
                out.append(',');
            }
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode number, StringBuilder out) {
        if (number.isIntegralNumber() && number.canConvertToLong()
                && number.longValue() >= -LARGEST_EXACT_INTEGER && number.longValue() <= LARGEST_EXACT_INTEGER) {
            out.append(number.longValue());
        } else {
            out.append(EcmaScriptNumbers.format(toDouble(number)));
        }
    }

    private static double toDouble(JsonNode number) {
        double value = number.doubleValue();
        if (number.isIntegralNumber() && !holdsExactly(value, number.bigIntegerValue())) {
            throw new IllegalArgumentException("integer " + number.bigIntegerValue()
                    + " is not exactly representable as an IEEE 754 double");
        }
        return value;
    }

    private static boolean holdsExactly(double value, BigInteger integer) {
        return !Double.isInfinite(value) && new BigDecimal(value).compareTo(new BigDecimal(integer)) == 0;
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        i = appendSurrogatePair(value, i, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Appends the surrogate pair starting at {@code i} and returns the index of its low half. */
    private static int appendSurrogatePair(String value, int i, StringBuilder out) {
        if (!Character.isHighSurrogate(value.charAt(i)) || i + 1 >= value.length()
                || !Character.isLowSurrogate(value.charAt(i + 1))) {
            throw new IllegalArgumentException("string contains an unpaired surrogate at index " + i);
        }
        out.append(value, i, i + 2);
        return i + 1;
    }
}
