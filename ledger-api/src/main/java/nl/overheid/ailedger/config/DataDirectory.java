package nl.overheid.ailedger.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory of the embedded store holds every event in plain form: only the account that runs the ledger may
 * read it. A directory the ledger creates is {@code 0700} and its H2 files are {@code 0600}. A directory that
 * exists already keeps the permissions its operator gave it; the log says when others may read it.
 */
public final class DataDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataDirectory() {
    }

    /**
     * Creates the directory for the owner alone when it does not exist; warns when others may enter one that does.
     *
     * @param purpose what the directory is, for the log: "data directory", "key directory"
     */
    public static void prepare(Path dir, String purpose) {
        try {
            if (Files.isDirectory(dir)) {
                if (POSIX && Files.getPosixFilePermissions(dir).stream().anyMatch(OTHERS::contains)) {
                    LOG.warn("Others than the ledger's own account may enter the {} {} ({}): chmod 700 it",
                            purpose, dir, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
                }
                return;
            }
            Files.createDirectories(dir.getParent());
            if (POSIX) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectory(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the " + purpose + " " + dir, e);
        }
    }

    /** The store's files ({@code ledger.*}) for the owner alone: H2 creates them with the process's umask. */
    static void restrictStoreFiles(Path dir) {
        if (!POSIX) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().startsWith("ledger.")).toList()) {
                if (Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
                    Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the files of the data directory " + dir, e);
        }
    }
}
