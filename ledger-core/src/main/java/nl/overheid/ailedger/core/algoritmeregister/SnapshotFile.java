package nl.overheid.ailedger.core.algoritmeregister;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.overheid.ailedger.core.policy.PolicyCatalogue;

/**
 * A snapshot file by its name. Its date is in the name ({@code 2026-06-30.json}, as the register's scraper
 * names them) or, failing that, the day of its {@code fetched_at} in the Netherlands.
 */
public record SnapshotFile(String name, byte[] content) {

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.json");

    public static SnapshotFile read(Path path) throws IOException {
        return new SnapshotFile(path.getFileName().toString(), Files.readAllBytes(path));
    }

    /** The checked snapshot this file holds; every problem is named with the file's name in front. */
    public Snapshot snapshot() {
        try {
            SnapshotContent content = SnapshotReader.read(content());
            return content.on(date(content));
        } catch (InvalidSnapshotException e) {
            throw e.in(name);
        }
    }

    private LocalDate date(SnapshotContent content) {
        Matcher dated = DATED_NAME.matcher(name);
        if (dated.matches()) {
            return LocalDate.parse(dated.group(1));
        }
        if (content.fetchedAt() != null) {
            return PolicyCatalogue.dateOf(content.fetchedAt());
        }
        throw new InvalidSnapshotException("fetched_at", "is missing, and the file name does not give the date "
                + "of the snapshot as YYYY-MM-DD.json");
    }
}
