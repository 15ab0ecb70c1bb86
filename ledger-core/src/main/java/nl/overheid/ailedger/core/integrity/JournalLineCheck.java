package nl.overheid.ailedger.core.integrity;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads one line of an exported journal straight from its bytes, in one pass: its canonical form without
 * {@code leafHash} (see {@link JournalLine#leafHash}), its {@code sequence} and its sealed {@code leafHash}, and hands
 * them to the {@link JournalAudit}. Of duplicate members the last one counts, as in the tree Jackson reads. Reuses its
 * buffers from line to line; not thread-safe.
 */
final class JournalLineCheck {

    private final JsonFactory json = new JsonFactory();
    private final JsonCanonicalizer canonical = new JsonCanonicalizer();
    /** The line's sequence, or null when absent or not a whole number. */
    private Long sequence;
    /** The line's sealed leaf hash, or null when absent or not a string. */
    private String leafHash;

    /**
     * Checks the non-blank line {@code text[offset, offset + length)}.
     *
     * @return false once the audit has a finding
     */
    boolean check(JournalAudit audit, byte[] text, int offset, int length, long lineNumber) {
        long expected = audit.nextSequence();
        sequence = null;
        leafHash = null;
        boolean isObject;
        Optional<String> unhashable;
        try (JsonParser line = json.createParser(text, offset, length)) {
            isObject = line.nextToken() == JsonToken.START_OBJECT;
            unhashable = canonical.read(line, this::takeMember);
        } catch (IOException notJson) {
            return audit.reject(expected, "line " + lineNumber + " of the journal is not JSON");
        }
        if (!isObject || sequence == null || leafHash == null) {
            return audit.reject(expected, "line " + lineNumber + " of the journal lacks a sequence or a leafHash");
        }
        byte[] sealedLeaf;
        try {
            sealedLeaf = Hex.decode(leafHash);
        } catch (IllegalArgumentException e) {
            return audit.reject(expected, "line " + lineNumber + " of the journal cannot be hashed: " + e.getMessage());
        }
        if (unhashable.isPresent()) {
            return audit.reject(expected, "line " + lineNumber + " of the journal cannot be hashed: "
                    + unhashable.get());
        }
        return audit.accept(sequence, MerkleHasher.leafHash(canonical.toByteArray()), sealedLeaf);
    }

    /** Notes the sequence and the leaf hash of the line; the leaf hash is not part of what it seals. */
    private boolean takeMember(String name, JsonParser value) throws IOException {
        if (name.equals(JournalLine.SEQUENCE)) {
            sequence = value.currentToken().isNumeric() ? WholeNumbers.of(value.getNumberValue()) : null;
        } else if (name.equals(JournalLine.LEAF_HASH)) {
            leafHash = value.currentToken() == JsonToken.VALUE_STRING ? value.getText() : null;
            return false;
        }
        return true;
    }
}
