package nl.overheid.ailedger.core.api.commitment;

/** Records that the commitment is fulfilled ("afgedaan") by the document in {@code reference}. */
public record FulfilCommitment(String commitmentId, String reference, Occurrence occurred)
        implements CommitmentCommand {
}
