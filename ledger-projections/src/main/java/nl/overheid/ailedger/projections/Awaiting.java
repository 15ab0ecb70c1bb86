package nl.overheid.ailedger.projections;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a read model to show something the ledger stored, so that a client told "created" reads its own
 * write. Polls with a growing pause (1 ms up to 50 ms): the read model may be updated by another node.
 */
public final class Awaiting {

    private Awaiting() {
    }

    /** True once {@code condition} holds; false when it did not within {@code timeout}. */
    public static boolean until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 1;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pauseMillis = Math.min(pauseMillis * 2, 50);
        }
        return true;
    }
}
