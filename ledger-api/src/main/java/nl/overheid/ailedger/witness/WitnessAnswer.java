package nl.overheid.ailedger.witness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A witness's answer to a submitted checkpoint, with the status c2sp.org/tlog-witness specifies per case. A refusal
 * is an RFC 9457 problem (the specification prescribes only its status); the answer of another size is the
 * specification's own {@code text/x.tlog.size}.
 */
record WitnessAnswer(int status, String contentType, String body) {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The answer to a submission whose old size is not the witness's: the size it has. */
    static final String TREE_SIZE = "text/x.tlog.size";

    static WitnessAnswer cosigned(String signatureLines) {
        return new WitnessAnswer(200, TEXT, signatureLines);
    }

    static WitnessAnswer refused(int status, String reason) {
        ObjectNode problem = JSON.createObjectNode().put("type", "about:blank").put("title", "Not cosigned")
                .put("status", status).put("detail", reason);
        return new WitnessAnswer(status, PROBLEM, problem.toString());
    }

    static WitnessAnswer otherSize(long treeSize) {
        return new WitnessAnswer(409, TREE_SIZE, treeSize + "\n");
    }
}
