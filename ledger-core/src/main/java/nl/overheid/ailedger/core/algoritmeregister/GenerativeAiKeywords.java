package nl.overheid.ailedger.core.algoritmeregister;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a registration is generative AI, judged from its title and purpose by the keywords in
 * {@code algoritmeregister/generative-ai-keywords.txt}. A keyword matches whole words, case-insensitively:
 * 'llm' does not match inside another word; a '*' at either end of a keyword lets the word go on there
 * ('*gpt*' matches ChatGPT and PolitieGPT); the words of a phrase may be apart by any spaces or punctuation.
 */
public final class GenerativeAiKeywords {

    static final String RESOURCE = "/algoritmeregister/generative-ai-keywords.txt";
    private static final String WILDCARD = "*";

    private final List<Keyword> keywords;

    GenerativeAiKeywords(List<String> keywords) {
        this.keywords = keywords.stream().map(Keyword::of).toList();
    }

    /** The keywords shipped with the ledger: one per line, '#' starts a comment. */
    public static GenerativeAiKeywords standard() {
        try (InputStream in = GenerativeAiKeywords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> keywords = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .toList();
            return new GenerativeAiKeywords(keywords);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** True when any keyword occurs in any of the texts (null texts are skipped). */
    boolean matches(String... texts) {
        return Arrays.stream(texts).filter(Objects::nonNull).map(GenerativeAiKeywords::words)
                .anyMatch(words -> keywords.stream().anyMatch(keyword -> keyword.occursIn(words)));
    }

    /** The words of a text in lowercase: runs of letters and digits. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean inWord = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** A keyword or phrase: one pattern per word, to be met by consecutive words of a text. */
    private record Keyword(List<WordPattern> words) {

        static Keyword of(String keyword) {
            List<WordPattern> words = Arrays.stream(keyword.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}*]+"))
                    .filter(word -> !word.replace(WILDCARD, "").isEmpty())
                    .map(WordPattern::of)
                    .toList();
            if (words.isEmpty()) {
                throw new IllegalArgumentException("keyword '" + keyword + "' has no letters or digits");
            }
            return new Keyword(words);
        }

        boolean occursIn(List<String> text) {
            for (int start = 0; start + words.size() <= text.size(); start++) {
                if (occursAt(text, start)) {
                    return true;
                }
            }
            return false;
        }

        private boolean occursAt(List<String> text, int start) {
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).matches(text.get(start + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One word of a keyword: {@code core}, with or without more letters before and after it. */
    private record WordPattern(String core, boolean openStart, boolean openEnd) {

        static WordPattern of(String word) {
            boolean openStart = word.startsWith(WILDCARD);
            boolean openEnd = word.endsWith(WILDCARD);
            return new WordPattern(word.replace(WILDCARD, ""), openStart, openEnd);
        }

        boolean matches(String word) {
            if (openStart && openEnd) {
                return word.contains(core);
            }
            if (openStart) {
                return word.endsWith(core);
            }
            return openEnd ? word.startsWith(core) : word.equals(core);
        }
    }
}
