package nl.overheid.ailedger.projections;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a read model to show something the ledger stored, so that a client told "created" reads its own write.
 * It looks again whenever this node's projection commits a batch ({@link Commits}), and at the latest after a growing
 * pause (1 ms up to 50 ms): the read model may be updated by another node.
 */
public final class Awaiting {

    private static final long LONGEST_PAUSE_MILLIS = 50;

    private Awaiting() {
    }

    /** True once {@code condition} holds; false when it did not within {@code timeout}. */
    public static boolean until(BooleanSupplier condition, Duration timeout) {
        return until(condition, timeout, new Commits());
    }

    /** As {@link #until(BooleanSupplier, Duration)}, looking again at each of {@code commits}. */
    public static boolean until(BooleanSupplier condition, Duration timeout, Commits commits) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 1;
        while (true) {
            long seen = commits.count();
            if (condition.getAsBoolean()) {
                return true;
            }
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            try {
                commits.awaitAfter(seen, Math.min(pauseMillis, leftMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pauseMillis = Math.min(pauseMillis * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    /** The batches a projection of this node committed: each wakes whoever waits for it to show a write. */
    public static class Commits {

        private long count;

        public synchronized void committed() {
            count++;
            notifyAll();
        }

        synchronized long count() {
            return count;
        }

        /** Returns after the next commit since {@code seen}, or after {@code millis}. */
        synchronized void awaitAfter(long seen, long millis) throws InterruptedException {
            long end = System.nanoTime() + millis * 1_000_000;
            for (long left = millis; count == seen && left > 0; left = (end - System.nanoTime()) / 1_000_000) {
                wait(left);
            }
        }
    }
}
