package nl.overheid.ailedger.core.policy;

/**
 * Where a rule or a date rests: the document (a file of the policy documents the ledger implements), how people
 * cite it, and the passage quoted from it word for word.
 */
public record PolicySource(String document, String reference, String passage) {
}
