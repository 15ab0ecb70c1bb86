package nl.overheid.ailedger.web;

import java.util.List;

/** Input that passed parsing but not the ledger's checks (a date in the future, a phase not registrable). */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problems.InvalidParam> invalidParams;

    public InvalidRequestException(String name, String reason) {
        super(name + ": " + reason);
        this.invalidParams = List.of(new Problems.InvalidParam(name, reason));
    }

    /** Several inputs that are wrong at once, such as the records of an uploaded file. */
    public InvalidRequestException(String detail, List<Problems.InvalidParam> invalidParams) {
        super(detail);
        this.invalidParams = List.copyOf(invalidParams);
    }

    public List<Problems.InvalidParam> invalidParams() {
        return invalidParams;
    }
}
