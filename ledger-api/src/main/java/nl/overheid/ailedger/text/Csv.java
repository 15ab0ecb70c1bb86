package nl.overheid.ailedger.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as CSV for a spreadsheet: UTF-8 with a byte order mark (so that Excel reads the accents), a header row,
 * RFC 4180 quoting and CRLF line ends, and text that a spreadsheet would take for a formula kept text.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String CRLF = "\r\n";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    /**
     * A cell starting with one of these, also after white space, is a formula to a spreadsheet: such text is kept
     * text.
     */
    private static final Pattern FORMULA_START = Pattern.compile("^(?:[\\s\u00A0\u3000]*[=+\\-@]|[\t\r])");

    private Csv() {
    }

    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        row(csv, header);
        rows.forEach(cells -> row(csv, cells));
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append(CRLF);
    }

    private static String cell(String value) {
        String text = FORMULA_START.matcher(value).find() ? "'" + value : value;
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
