package nl.overheid.ailedger.projections;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection writes for the events of one processing batch, written at once just before the batch's
 * transaction commits, instead of a few statements per event. A streaming processor hands a batch of events to its
 * handlers in one unit of work and one transaction, together with its token; work collected here is written in that
 * same transaction, so an event is still projected exactly once.
 *
 * <p>Outside a unit of work (a handler called directly) each event is its own batch.
 */
public final class ProcessingBatch {

    private ProcessingBatch() {
    }

    /** Work collected over a batch. */
    public interface Work {

        /** Writes what was collected; runs inside the batch's transaction, before its commit. */
        void flush();

        /** The batch's transaction has committed: what was written is now the read model's. */
        default void committed() {
        }
    }

    /**
     * Hands {@code action} the work of the current batch under {@code key}, created by {@code fresh} on the batch's
     * first event.
     */
    public static <W extends Work> void add(String key, Supplier<W> fresh, Consumer<W> action) {
        if (!CurrentUnitOfWork.isStarted()) {
            W work = fresh.get();
            action.accept(work);
            work.flush();
            work.committed();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        action.accept(batch.getOrComputeResource(key, k -> {
            W work = fresh.get();
            batch.onPrepareCommit(unitOfWork -> work.flush());
            batch.afterCommit(unitOfWork -> work.committed());
            return work;
        }));
    }
}
