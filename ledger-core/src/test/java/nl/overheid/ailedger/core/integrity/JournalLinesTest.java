package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "\n\n", "a\r\nb", "a\rb\n\nc\r\r\nd\r", "\r\n\r\n", "é€😀\r\n{}\n x"})
    void splitsWhereBufferedReaderSplits(String text) throws IOException {
        List<String> expected = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(text));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            expected.add(line);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(lines(new ByteArrayInputStream(bytes))).isEqualTo(expected);
        assertThat(lines(new OneByteAtATime(bytes))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " \t\u000b\f\u001c", "\u3000 ", "\u2028"})
    void blankIsWhatStringIsBlankSays(String text) throws IOException {
        JournalLines lines = new JournalLines(new ByteArrayInputStream((text + "x\n" + text + "\n")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).isFalse();
        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).isEqualTo(text.isBlank()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u00e9"})
    void nonBreakingSpaceAndLettersAreNotBlank(String text) throws IOException {
        JournalLines lines = new JournalLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(lines.next()).isTrue();
        assertThat(lines.isBlank()).isFalse();
    }

    private static List<String> lines(InputStream in) throws IOException {
        JournalLines lines = new JournalLines(in);
        List<String> read = new ArrayList<>();
        while (lines.next()) {
            read.add(new String(lines.bytes(), lines.offset(), lines.length(), StandardCharsets.UTF_8));
        }
        return read;
    }

    /** Reaches every buffer boundary: between the bytes of a character and between {@code \r} and {@code \n}. */
    private static final class OneByteAtATime extends ByteArrayInputStream {

        OneByteAtATime(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
