package nl.overheid.ailedger.core.api;

/**
 * A field of a command that cannot hold given what the aggregate knows, such as a due date before the adoption it
 * records: the caller's input to correct, named by {@code field}.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
