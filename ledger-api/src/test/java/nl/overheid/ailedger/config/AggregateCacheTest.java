package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * The cache holds an aggregate only once the transaction that stored its events committed, and never one whose unit
 * of work rolled back, also when that unit of work was one of several in a transaction that committed.
 */
class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(10);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void cachesAnAggregateOnlyOnceItsTransactionHasCommitted() {
        TransactionSynchronizationManager.initSynchronization();
        cache.put("X", "X after its command");
        assertThat((Object) cache.get("X")).isNull();

        commit();

        assertThat((Object) cache.get("X")).isEqualTo("X after its command");
    }

    @Test
    void forgetsAnAggregateWhoseUnitOfWorkRolledBackInsideATransactionThatCommitted() {
        cache.put("X", "X as stored");
        TransactionSynchronizationManager.initSynchronization();
        cache.put("X", "X after a command that was kept");
        cache.put("X", "X after a command that was refused");
        cache.remove("X");

        commit();

        assertThat((Object) cache.get("X")).as("the next command reads X from the store").isNull();
    }

    @Test
    void cachesTheLatestAggregateOfATransactionWithSeveralCommandsOnIt() {
        TransactionSynchronizationManager.initSynchronization();
        cache.put("X", "X after the first command");
        cache.put("X", "X after the second command");

        commit();

        assertThat((Object) cache.get("X")).isEqualTo("X after the second command");
    }

    @Test
    void cachesNothingOfATransactionThatRolledBack() {
        TransactionSynchronizationManager.initSynchronization();
        cache.put("X", "X after a command that was rolled back");

        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
                TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat((Object) cache.get("X")).isNull();
    }

    private static void commit() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
    }
}
