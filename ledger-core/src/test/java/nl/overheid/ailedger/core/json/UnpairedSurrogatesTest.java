package nl.overheid.ailedger.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnpairedSurrogatesTest {

    @Test
    void escapesOnlyHalvesOfPairs() {
        assertThat(UnpairedSurrogates.escape("{\"name\":\"x\ud800y\"}")).isEqualTo("{\"name\":\"x\\ud800y\"}");
        assertThat(UnpairedSurrogates.escape("\udc00a\ud83e")).isEqualTo("\\udc00a\\ud83e");
        assertThat(UnpairedSurrogates.escape("\ud83e\udd16 \ud800\ud83e\udd16")).isEqualTo("\ud83e\udd16 \\ud800\ud83e\udd16");
        String plain = "{\"name\":\"Chatbot \ud83e\udd16\"}";
        assertThat(UnpairedSurrogates.escape(plain)).isSameAs(plain);
    }
}
