package nl.overheid.ailedger.core.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A C2SP tlog-checkpoint as a signed note carries it (c2sp.org/tlog-checkpoint): the text (origin, tree size, base64
 * root hash, any extension lines), a blank line, and one or more signature lines. Parsing checks the form only; which
 * signatures count is for a {@link NoteVerifierKey} to say.
 */
public record CheckpointNote(String origin, long treeSize, byte[] rootHash, String text, List<String> signatures) {

    private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9]\\d{0,18}");
    private static final String SIGNATURE_PREFIX = "\u2014 ";

    public CheckpointNote {
        rootHash = rootHash.clone();
        signatures = List.copyOf(signatures);
    }

    /** @throws IllegalArgumentException when {@code note} is not a checkpoint note */
    public static CheckpointNote parse(String note) {
        int blank = note.indexOf("\n\n");
        if (blank < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint note is its text, a blank line and signature lines");
        }
        String text = note.substring(0, blank + 1);
        String[] lines = text.split("\n");
        if (lines.length < 3 || lines[0].isEmpty() || Arrays.stream(lines).anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(
                    "a checkpoint has its origin, tree size and root hash on lines of their own");
        }
        if (!TREE_SIZE.matcher(lines[1]).matches()) {
            throw new IllegalArgumentException("not a tree size: " + lines[1]);
        }
        byte[] rootHash = decodeHash(lines[2]);
        List<String> signatures = new ArrayList<>();
        for (String line : note.substring(blank + 2).split("\n")) {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw new IllegalArgumentException("not a signature line: " + line);
            }
            signatures.add(line + "\n");
        }
        return new CheckpointNote(lines[0], Long.parseLong(lines[1]), rootHash, text, signatures);
    }

    /** A 32-byte hash in standard base64, as checkpoints and consistency proofs write them. */
    public static byte[] decodeHash(String base64) {
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("not base64: " + base64, notBase64);
        }
        if (hash.length != MerkleHasher.HASH_LENGTH || !Base64.getEncoder().encodeToString(hash).equals(base64)) {
            throw new IllegalArgumentException("not a 32-byte hash in base64: " + base64);
        }
        return hash;
    }

    /** The note as it is sent: the text, a blank line, the signature lines. */
    public String note() {
        return text + "\n" + String.join("", signatures);
    }

    /** The same checkpoint with more signature lines after its own. */
    public CheckpointNote withSignatures(List<String> more) {
        List<String> all = new ArrayList<>(signatures);
        all.addAll(more);
        return new CheckpointNote(origin, treeSize, rootHash, text, all);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckpointNote note && note.note().equals(note());
    }

    @Override
    public int hashCode() {
        return note().hashCode();
    }
}
