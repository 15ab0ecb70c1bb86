package nl.overheid.ailedger.core.api.commitment;

/** Reports progress on a commitment; {@code reference} is the document that tells it, if any. */
public record ReportProgress(String commitmentId, String summary, String reference, Occurrence occurred)
        implements CommitmentCommand {
}
