package nl.overheid.ailedger.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Optional;

/**
 * The witness's memory: per log origin, the tree size and root hash of the last checkpoint it cosigned. One small file
 * per origin, replaced atomically and forced to disk before a cosignature leaves the witness.
 */
final class WitnessedLogs {

    private final Path directory;

    WitnessedLogs(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree the witness last cosigned for the origin. */
    record TreeHead(long treeSize, byte[] rootHash) {
    }

    Optional<TreeHead> latest(String origin) {
        Path file = fileOf(origin);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
            if (lines.length != 3 || !lines[0].equals(origin)) {
                throw new IllegalStateException("the witness's record of " + origin + " in " + file + " is damaged");
            }
            return Optional.of(new TreeHead(Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void save(String origin, TreeHead head) {
        Path file = fileOf(origin);
        Path next = file.resolveSibling(file.getFileName() + ".next");
        byte[] content = (origin + "\n" + head.treeSize() + "\n"
                + Base64.getEncoder().encodeToString(head.rootHash()) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.write(next, content);
            force(next);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            force(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Origins are URLs without a scheme: URL-encoded, any origin makes a valid file name that says whose it is. */
    private Path fileOf(String origin) {
        return directory.resolve(URLEncoder.encode(origin, StandardCharsets.UTF_8) + ".checkpoint");
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
