package nl.overheid.ailedger.core.api.commitment;

/** Closes a commitment that will not be fulfilled (vervallen), for the reason given. */
public record WithdrawCommitment(String commitmentId, String reason, Occurrence occurred)
        implements CommitmentCommand {
}
