package nl.overheid.ailedger.core.api;

import java.util.List;

/**
 * Input the caller must correct, each wrong field named with the reason: a due date before the adoption the
 * commitment records, a record of an Algoritmeregister snapshot that does not read.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Field> fields;

    public InvalidInputException(String field, String reason) {
        this(field + ": " + reason, List.of(new Field(field, reason)));
    }

    public InvalidInputException(String detail, List<Field> fields) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    /** A wrong field and why. */
    public record Field(String name, String reason) {
    }
}
