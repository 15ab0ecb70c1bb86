package nl.overheid.ailedger.core.json;

/**
 * A UTF-16 surrogate without its pair is no character: it cannot be written as UTF-8, so JSON holding one fails to
 * be sent. Earlier releases stored such text as it came. Written as a JSON escape ({@code \ud800}) it is valid JSON
 * again and says exactly what is stored.
 */
public final class UnpairedSurrogates {

    private UnpairedSurrogates() {
    }

    /** {@code json} with every unpaired surrogate written as its escape; the same string when it holds none. */
    public static String escape(String json) {
        StringBuilder escaped = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (escaped != null) {
                    escaped.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (escaped == null) {
                    escaped = new StringBuilder(json.length() + 8).append(json, 0, i);
                }
                escaped.append(String.format("\\u%04x", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? json : escaped.toString();
    }
}
