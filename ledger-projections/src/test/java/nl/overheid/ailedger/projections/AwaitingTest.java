package nl.overheid.ailedger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** A write waiting to be shown is woken by the projection's commit, not by the end of a pause. */
class AwaitingTest {

    private final Awaiting.Commits commits = new Awaiting.Commits();

    @Test
    void aCommitWakesAWaiterLongBeforeItsPauseEnds() throws Exception {
        long seen = commits.count();
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                commits.awaitAfter(seen, 60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        commits.committed();
        waiter.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCommitBetweenLookingAndWaitingIsNotMissed() throws Exception {
        long seen = commits.count();
        commits.committed();
        long began = System.nanoTime();
        commits.awaitAfter(seen, 60_000);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void answersOnceTheReadModelShowsTheWriteAndGivesUpAfterTheTimeout() {
        AtomicBoolean shown = new AtomicBoolean();
        CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS).execute(() -> {
            shown.set(true);
            commits.committed();
        });
        assertThat(Awaiting.until(shown::get, Duration.ofSeconds(10), commits)).isTrue();
        assertThat(Awaiting.until(() -> false, Duration.ofMillis(30), commits)).isFalse();
    }
}
