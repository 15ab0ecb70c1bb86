package nl.overheid.ailedger.config;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command that lost an optimistic-concurrency race on the event store (another node appended to the
 * same aggregate first). The retry loads the aggregate again, so its decision is made on the winner's state.
 * Every other failure is a verdict and is not retried.
 */
class ConcurrencyRetryScheduler implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    ConcurrencyRetryScheduler(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
        if (failures.size() > maxRetries || !causedByConcurrency(lastFailure)) {
            return false;
        }
        long delayMillis = ThreadLocalRandom.current().nextLong(5, 25L * failures.size() + 5);
        executor.schedule(dispatchTask, delayMillis, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean causedByConcurrency(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
