package nl.overheid.ailedger.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import nl.overheid.ailedger.projections.sealing.CheckpointSigning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Asks for a checkpoint at a fixed interval while the application runs, and for the witnesses' cosignatures of the
 * latest one; a failed attempt is retried next time.
 */
class CheckpointSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointSigning signing;
    private final CheckpointWitnessing witnessing;
    private final Duration interval;
    private ScheduledExecutorService executor;

    CheckpointSchedule(CheckpointSigning signing, CheckpointWitnessing witnessing, Duration interval) {
        this.signing = signing;
        this.witnessing = witnessing;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkpoint-signer");
            thread.setDaemon(true);
            return thread;
        });
        long nanos = interval.toNanos();
        executor.scheduleWithFixedDelay(this::signAndWitness, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void signAndWitness() {
        try {
            signing.signIfDue().ifPresent(checkpoint -> LOG.debug("Signed checkpoint of tree size {}, root {}",
                    checkpoint.treeSize(), checkpoint.rootHash()));
            witnessing.witnessLatest();
        } catch (RuntimeException e) {
            LOG.warn("Could not sign or witness a checkpoint; trying again in {}", interval, e);
        }
    }
}
