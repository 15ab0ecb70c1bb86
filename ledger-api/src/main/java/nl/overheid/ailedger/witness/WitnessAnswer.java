package nl.overheid.ailedger.witness;

/** A witness's answer to a submitted checkpoint, as c2sp.org/tlog-witness specifies it per case. */
record WitnessAnswer(int status, String contentType, String body) {

    static final String TEXT = "text/plain; charset=utf-8";
    /** The answer to a submission whose old size is not the witness's: the size it has. */
    static final String TREE_SIZE = "text/x.tlog.size";

    static WitnessAnswer cosigned(String signatureLines) {
        return new WitnessAnswer(200, TEXT, signatureLines);
    }

    static WitnessAnswer refused(int status, String reason) {
        return new WitnessAnswer(status, TEXT, reason + "\n");
    }

    static WitnessAnswer otherSize(long treeSize) {
        return new WitnessAnswer(409, TREE_SIZE, treeSize + "\n");
    }
}
