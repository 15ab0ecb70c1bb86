package nl.overheid.ailedger.core.api;

/**
 * A command that does not fit where the aggregate stands: approving an analysis that was never submitted,
 * anything after retirement, resuming what is not suspended, an id that is taken.
 */
public class LifecycleConflictException extends RuntimeException {

    public LifecycleConflictException(String message) {
        super(message);
    }
}
