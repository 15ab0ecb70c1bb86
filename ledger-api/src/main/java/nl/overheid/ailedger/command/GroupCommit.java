package nl.overheid.ailedger.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits concurrent commands together. The embedded H2 store writes one commit at a time, and each commit writes every
 * page changed since the one before: under load most of a command's time was its wait for and its share of a commit
 * (see BENCHMARKS.md). Here the commands that arrive while one group commits form the next group: one thread (whichever
 * caller finds no group committing) runs them one after another in one transaction and commits once. Each command's
 * unit of work is a savepoint in it (see {@code AxonWiring}), so that a refused command takes back only its own
 * writes. No caller is answered before the commit that stores
 * its command's events, so an acknowledged event is as durable as before; if that commit fails, every command of the
 * group fails with it and nothing of the group is stored.
 *
 * <p>Only for a ledger that is the only writer of its store (the embedded default): with several nodes a conflicting
 * command is retried outside the group's transaction, which may wait on it.
 */
final class GroupCommit {

    private final TransactionTemplate group;
    private final List<Pending<?>> queued = new ArrayList<>();
    private boolean committing;

    GroupCommit(PlatformTransactionManager transactions) {
        this.group = new TransactionTemplate(transactions);
    }

    /**
     * Runs {@code command} in the next group and answers once that group has committed; within a transaction of the
     * caller's own it runs at once, in that transaction, as without a group.
     */
    <R> R run(Supplier<R> command) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return command.get();
        }
        Pending<R> mine = new Pending<>(command);
        boolean interrupted = false;
        synchronized (this) {
            queued.add(mine);
        }
        try {
            while (true) {
                List<Pending<?>> next;
                synchronized (this) {
                    while (!mine.done && committing) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        return mine.answer();
                    }
                    // No group is committing and this command is still queued: this caller commits the queue.
                    committing = true;
                    next = List.copyOf(queued);
                    queued.clear();
                }
                try {
                    commit(next);
                } finally {
                    synchronized (this) {
                        committing = false;
                        notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The commands waiting for the next group. */
    synchronized int queued() {
        return queued.size();
    }

    private void commit(List<Pending<?>> commands) {
        try {
            group.executeWithoutResult(status -> commands.forEach(Pending::attempt));
        } catch (RuntimeException | Error lost) {
            commands.forEach(command -> command.lost(lost));
        }
        synchronized (this) {
            commands.forEach(Pending::settle);
        }
    }

    /** A command waiting for its group, and what became of it. */
    private static final class Pending<R> {

        private final Supplier<R> command;
        private R result;
        private Throwable failure;
        private boolean done;

        Pending(Supplier<R> command) {
            this.command = command;
        }

        void attempt() {
            try {
                result = command.get();
            } catch (RuntimeException | Error refused) {
                failure = refused;
            }
        }

        void lost(Throwable commitFailure) {
            failure = commitFailure;
        }

        void settle() {
            done = true;
        }

        R answer() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
