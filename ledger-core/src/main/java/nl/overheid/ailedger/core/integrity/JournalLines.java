package nl.overheid.ailedger.core.integrity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an exported journal as bytes, split where {@link java.io.BufferedReader#readLine()} splits (at
 * {@code \n}, {@code \r} or {@code \r\n}), so that a line is decoded only once, by the JSON parser. The current line
 * lives in {@link #bytes()} from {@link #offset()} for {@link #length()} bytes until the next call of {@link #next()}.
 * Not thread-safe.
 */
final class JournalLines {

    private static final int BUFFER_SIZE = 1 << 18;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_SIZE];
    /** The unread bytes are {@code buffer[position, limit)}. */
    private int position;
    private int limit;
    private boolean endOfInput;
    /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that line end. */
    private boolean skipLineFeed;
    private int lineOffset;
    private int lineLength;

    JournalLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the journal. */
    boolean next() throws IOException {
        if (skipLineFeed && (position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
        skipLineFeed = false;
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n' || buffer[i] == '\r') {
                    lineOffset = position;
                    lineLength = i - position;
                    skipLineFeed = buffer[i] == '\r';
                    position = i + 1;
                    return true;
                }
            }
            int unterminated = limit - position;
            if (!fill()) {
                lineOffset = position;
                lineLength = unterminated;
                position = limit;
                return lineLength > 0;
            }
            scanned = position + unterminated;
        }
    }

    byte[] bytes() {
        return buffer;
    }

    int offset() {
        return lineOffset;
    }

    int length() {
        return lineLength;
    }

    /** Whether the line is empty or white space only, by {@link String#isBlank()}. */
    boolean isBlank() {
        for (int i = lineOffset; i < lineOffset + lineLength; i++) {
            byte b = buffer[i];
            if (b < 0) {
                return new String(buffer, lineOffset, lineLength, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads more input after the unread bytes, moving them to the front of the buffer (or into a larger one when a
     * line fills it). False at the end of the input.
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int unread = limit - position;
        if (unread == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, position, buffer, 0, unread);
        }
        position = 0;
        limit = unread;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }
}
