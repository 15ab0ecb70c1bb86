package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The last schema migration a release's jar holds, in its own classes or in the jars of its modules: a store filled
 * for that release must stop there, for the release does not know the tables of a later one.
 */
final class ReleaseSchema {

    private static final Pattern MIGRATION = Pattern.compile("db/migration/V(\\d+)__[^/]*\\.sql$");

    private ReleaseSchema() {
    }

    static String lastMigration(Path jar) {
        int last = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().matches("BOOT-INF/lib/ledger-[^/]*\\.jar")) {
                    try (ZipInputStream module = new ZipInputStream(zip.getInputStream(entry))) {
                        for (ZipEntry inner = module.getNextEntry(); inner != null; inner = module.getNextEntry()) {
                            last = Math.max(last, version(inner.getName()));
                        }
                    }
                } else {
                    last = Math.max(last, version(entry.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (last == 0) {
            throw new IllegalStateException(jar + " holds no schema migration");
        }
        return Integer.toString(last);
    }

    private static int version(String name) {
        Matcher migration = MIGRATION.matcher(name);
        return migration.find() ? Integer.parseInt(migration.group(1)) : 0;
    }
}
