package nl.overheid.ailedger.core.api;

/** A command of a caller acting for an organisation that does not own what the command changes. */
public class ForeignCallerException extends RuntimeException {

    public ForeignCallerException(String message) {
        super(message);
    }
}
