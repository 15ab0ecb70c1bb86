package nl.overheid.ailedger.core.algoritmeregister;

/**
 * What one snapshot changed: registrations new to the ledger, registrations with a changed status, text or
 * organisation (or back after removal), registrations gone from the register, and the rest.
 */
public record ImportCounts(int registered, int changed, int removed, int unchanged, int organisationsCreated) {
}
