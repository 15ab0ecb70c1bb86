package nl.overheid.ailedger.algoritmeregister;

/**
 * What one snapshot changed: registrations new to the ledger, registrations with a changed status, text or
 * organisation (or back after removal), registrations gone from the register, and the rest.
 */
record ImportCounts(int registered, int changed, int removed, int unchanged, int organisationsCreated) {
}
