package nl.overheid.ailedger.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexTest {

    @Test
    void encodesAsLowercaseAndDecodesBack() {
        byte[] bytes = {0x00, 0x01, 0x7f, (byte) 0x80, (byte) 0xab, (byte) 0xff};

        assertThat(Hex.encode(bytes)).isEqualTo("00017f80abff");
        assertThat(Hex.decode("00017f80abff")).isEqualTo(bytes);
        assertThat(Hex.encode(new byte[0])).isEmpty();
        assertThat(Hex.decode("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "abc", "AB", "0g", " 00", "-1"})
    void rejectsAnythingButEvenLengthLowercaseHex(String text) {
        assertThatThrownBy(() -> Hex.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
