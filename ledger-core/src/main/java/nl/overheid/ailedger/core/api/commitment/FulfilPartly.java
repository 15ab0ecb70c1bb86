package nl.overheid.ailedger.core.api.commitment;

/** Records that part of the commitment is fulfilled, by the document in {@code reference}. */
public record FulfilPartly(String commitmentId, String reference, String summary, Occurrence occurred)
        implements CommitmentCommand {
}
