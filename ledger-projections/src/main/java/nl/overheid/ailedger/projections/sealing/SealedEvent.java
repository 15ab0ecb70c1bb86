package nl.overheid.ailedger.projections.sealing;

/**
 * A leaf of the sealed tree with the stored event it was sealed from.
 *
 * @param leafHash the leaf hash sealed at the time
 * @param event    the event as stored now; null when its row is gone
 */
record SealedEvent(long sequence, byte[] leafHash, StoredEvent event) {
}
