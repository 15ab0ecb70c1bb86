package nl.overheid.ailedger.core.policy;

/**
 * Where a rule or a date rests: the document (a file of the policy documents the ledger implements), how people
 * cite it, and the passage quoted from it word for word. A rule of a draft that no document holds yet says so
 * with the marker {@link #DRAFT} (in JSON the string {@code "DRAFT"}) instead of a source.
 */
public record PolicySource(String document, String reference, String passage) {

    /** The marker of a draft rule: it rests on no policy document yet. */
    public static final PolicySource DRAFT = new PolicySource(null, "DRAFT", null);

    /** Whether this is the marker of a draft rule rather than a passage of a document. */
    public boolean marksDraft() {
        return equals(DRAFT);
    }
}
