package nl.overheid.ailedger.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Markdown (CommonMark with tables) written piece by piece, every text shown literally. */
public final class Markdown {

    public static final String MEDIA_TYPE = "text/markdown";
    /** CommonMark punctuation that could start markup inside a paragraph or a table cell. */
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_~\\[\\]<>|#!])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    private Markdown() {
    }

    /** A {@code ##} heading. */
    public static StringBuilder heading(StringBuilder md, String heading) {
        return md.append("## ").append(text(heading)).append("\n\n");
    }

    /** A table; the columns named in {@code counts} are right-aligned. */
    public static void table(StringBuilder md, List<String> header, List<List<String>> rows, Set<String> counts) {
        row(md, header);
        rawRow(md, header.stream().map(column -> counts.contains(column) ? "---:" : "---").toList());
        rows.forEach(cells -> row(md, cells));
        md.append('\n');
    }

    /** Text as Markdown shows it literally, on one line. */
    public static String text(String value) {
        String oneLine = LINE_BREAKS.matcher(value).replaceAll(" ");
        return MARKUP.matcher(oneLine).replaceAll("\\\\$1");
    }

    private static void row(StringBuilder md, List<String> cells) {
        rawRow(md, cells.stream().map(Markdown::text).toList());
    }

    /** A table row of cells that are Markdown already, such as the alignment row under the header. */
    private static void rawRow(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(cell).append(" |"));
        md.append('\n');
    }
}
