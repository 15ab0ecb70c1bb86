package nl.overheid.ailedger.core.application;

/**
 * The answer to a command to an application: its state after the command, and the sequence number the event store
 * holds for the last event the command applied. The answer to a write is made of it, so it never waits for a read
 * model.
 */
public record ApplicationChange(long sequence, ApplicationState state) {
}
