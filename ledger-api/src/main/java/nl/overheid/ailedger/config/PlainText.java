package nl.overheid.ailedger.config;

import java.util.Optional;

/**
 * What text the ledger takes from a client. It refuses what would make a stored name read differently from what was
 * meant, or not at all: control characters (tab and line breaks excepted), a UTF-16 surrogate without its pair (no
 * character at all, and not encodable in UTF-8), the bidirectional overrides and isolates U+202A–U+202E and
 * U+2066–U+2069 (they reorder what is shown around them), and a value of invisible characters only.
 */
final class PlainText {

    private PlainText() {
    }

    /** Why {@code value} is refused; empty when it is plain text. */
    static Optional<String> problemOf(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains a UTF-16 surrogate without its pair (" + codePoint(c) + ")");
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return Optional.of("contains a control character (" + codePoint(c) + ")");
            } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                return Optional.of("contains a bidirectional override or isolate (" + codePoint(c) + ")");
            }
        }
        if (!value.isEmpty() && value.codePoints().allMatch(PlainText::isInvisible)) {
            return Optional.of("holds only invisible characters");
        }
        return Optional.empty();
    }

    /** White space, format characters (zero-width space and joiners, word joiner, byte order mark) and fillers. */
    private static boolean isInvisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x115f || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xffa0
                || codePoint == 0x2800;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
