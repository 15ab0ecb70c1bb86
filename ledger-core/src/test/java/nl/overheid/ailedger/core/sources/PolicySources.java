package nl.overheid.ailedger.core.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The policy documents in {@code ../shared/sources} (the build passes their directory as
 * {@code ledger.sources.dir}): what the ledger presents as policy must be quoted from them.
 */
public final class PolicySources {

    private PolicySources() {
    }

    public static Path directory() {
        Path directory = Path.of(System.getProperty("ledger.sources.dir", "../../shared/sources")).normalize();
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("the policy documents are not at " + directory.toAbsolutePath()
                    + ": the checkout needs shared/ beside it");
        }
        return directory;
    }

    /** Whether {@code document} holds {@code passage} word for word; runs of whitespace count as one space. */
    public static boolean quotes(String document, String passage) {
        return normalised(text(document)).contains(normalised(passage));
    }

    public static String text(String document) {
        try {
            return Files.readString(directory().resolve(document), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source document " + document, e);
        }
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
