package nl.overheid.ailedger.core.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class GenerativeAiKeywordsTest {

    private final GenerativeAiKeywords shipped = GenerativeAiKeywords.standard();

    @Test
    void recognisesGenerativeAiByTheShippedKeywords() {
        for (String text : List.of("PolitieGPT", "Werken met ChatGPT", "GPT-4o in de browser", "Microsoft 365 Copilot Chat",
                "Microsoft CoPilot", "een LLM-gebaseerde classificatie", "met een groot taalmodel", "Large Language Models",
                "de generatieve AI-chat assistent", "Verkenning van Generatieve AI", "GenAI", "Chatbot Guus 2.0",
                "openbare chatbots", "automatische tekstgeneratie", "Gemeentebrede AI-assistent")) {
            assertThat(shipped.matches(text)).as(text).isTrue();
        }
    }

    @Test
    void doesNotMatchInsideOtherWordsNorOtherLanguageTechnology() {
        for (String text : List.of("Advisering datalekmelding", "Bellmanvergelijking", "Spraak-naar-tekst software",
                "Samenvatten van bezwaaradviezen", "Pilot energielabels", "copiloot", "generatieve grammatica",
                "chat met een medewerker")) {
            assertThat(shipped.matches(text)).as(text).isFalse();
        }
        assertThat(shipped.matches((String) null)).isFalse();
    }

    @Test
    void looksAtEveryTextGiven() {
        assertThat(shipped.matches("Woo chatbot", null)).isTrue();
        assertThat(shipped.matches("Woo-verzoeken", "met ChatGPT")).isTrue();
        assertThat(shipped.matches("Woo-verzoeken", "handmatig")).isFalse();
    }

    @Test
    void letsAWildcardOpenAWordAtEitherEnd() {
        GenerativeAiKeywords keywords = new GenerativeAiKeywords(List.of("*gpt", "taal*", "spraak naar tekst"));
        assertThat(keywords.matches("PolitieGPT")).isTrue();
        assertThat(keywords.matches("GPT-NL")).isTrue();
        assertThat(keywords.matches("GPTs")).isFalse();
        assertThat(keywords.matches("taalmodellen")).isTrue();
        assertThat(keywords.matches("moedertaal")).isFalse();
        assertThat(keywords.matches("Spraak-naar-tekst")).isTrue();
        assertThat(keywords.matches("spraak of tekst")).isFalse();
    }

    @Test
    void refusesAKeywordWithoutLettersOrDigits() {
        assertThatThrownBy(() -> new GenerativeAiKeywords(List.of("*-*"))).isInstanceOf(IllegalArgumentException.class);
    }
}
