package nl.overheid.ailedger.config;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that may happen only once what it reflects is stored: after the database transaction commits, not when a unit
 * of work ends. A unit of work can end inside a larger transaction (an import sends every command in one), and that
 * transaction can still roll back.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code work} once the current transaction has committed, never when it rolls back; at once outside one. */
    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
