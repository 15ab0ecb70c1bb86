package nl.overheid.ailedger.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.integrity.JournalVerifier;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;

/**
 * A store written by an earlier release, and what that release served from it: the fixture of the storage the tests
 * run on, {@code src/test/resources/previous-release/<commit>/} (H2 files) or {@code <commit>-postgres/} (a dump of
 * a PostgreSQL database). Every release made each from the same inputs (their READMEs say how): the generator and
 * the snapshots of the Algoritmeregister it imported, in {@code previous-release/algoritmeregister/}.
 */
final class PreviousRelease {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String commit;
    private final Path dir;

    private PreviousRelease(String commit, Path dir) {
        this.commit = commit;
        this.dir = dir;
    }

    /** The release's store on the storage of this run: PostgreSQL under the {@code postgres} profile, else H2. */
    static PreviousRelease of(String commit) {
        return new PreviousRelease(commit, fixture(TestStorage.onPostgres() ? commit + "-postgres" : commit));
    }

    String commit() {
        return commit;
    }

    /**
     * Puts the old store into the fresh, empty {@code storage} of {@link TestStorage#fresh()}: unpacks the H2 files
     * and signing key into its data directory, or restores the dump into its database and names the key file the
     * release signed with, as nodes that share a database name theirs.
     */
    void openIn(Map<String, String> storage) {
        if (!TestStorage.onPostgres()) {
            unpackStoreInto(TestStorage.dataDir(storage));
            return;
        }
        SqlDump.restore(dir.resolve("store.sql.gz"), storage.get("spring.datasource.url"),
                storage.get("spring.datasource.username"), storage.get("spring.datasource.password"));
        storage.put("ledger.sealing.key-file", dir.resolve("sealing-key.pem").toString());
    }

    /** Unpacks the release's data directory (H2 files and signing key) into {@code dataDir}. */
    private void unpackStoreInto(Path dataDir) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("store.zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = dataDir.resolve(entry.getName()).normalize();
                if (!target.getParent().equals(dataDir.normalize())) {
                    throw new IllegalStateException("unexpected entry in store.zip: " + entry.getName());
                }
                Files.copy(zip, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reads recorded in {@code expected/<file>}: each path with the old release's answer to the admin. */
    List<RecordedRead> reads(String file) {
        return read("expected/" + file, new TypeReference<>() { });
    }

    List<IssuedToken> tokens() {
        return read("expected/tokens.json", new TypeReference<>() { });
    }

    /** The journal as the old release exported it (NDJSON). */
    String journal() {
        return text("expected/journal.ndjson");
    }

    /** The checkpoints the old release signed, oldest first. */
    List<SignedCheckpoint> checkpoints() {
        try (InputStream in = Files.newInputStream(dir.resolve("expected/checkpoints.json"))) {
            return JournalVerifier.readCheckpoints(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A snapshot of the Algoritmeregister the release imported, as the file it was given. */
    byte[] snapshot(String date) {
        try {
            return Files.readAllBytes(fixture("algoritmeregister").resolve(date + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release's public key as its operator published it, from the start-up log. */
    String publicKey() {
        return text("expected/public-key.txt").strip();
    }

    private String text(String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixture(String name) {
        URL resource = PreviousRelease.class.getResource("/previous-release/" + name);
        if (resource == null) {
            throw new IllegalStateException("no fixture " + name + " on the test classpath");
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String file, TypeReference<T> type) {
        try {
            return JSON.readValue(dir.resolve(file).toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One read of the old release: the path asked (as the admin) and the JSON it answered. */
    record RecordedRead(String path, JsonNode answer) {
    }

    /** A credential the old release issued, with its token in plain text; {@code revoked} ones were revoked there. */
    record IssuedToken(String role, String organisationId, String label, String token, boolean revoked) {
    }
}
