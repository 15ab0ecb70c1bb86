package nl.overheid.ailedger.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import nl.overheid.ailedger.LedgerClient;

/**
 * Projection lag: events are posted at a steady rate (each client on a fixed schedule, whatever the answers do), and
 * for every {@code sampleEvery}-th event a watcher reads {@code GET /applications/{id}} from the moment the post is
 * sent until the view shows the event. The lag is that moment minus the event's recordedAt: how long after the ledger
 * stored an event a reader sees it. Clocks agree: the harness and the ledger run on one machine.
 */
final class LagProbe {

    private static final long POLL_MILLIS = 2;
    private static final long NEVER = Long.MIN_VALUE;
    /** How long a watcher waits for an event that may never come (its post failed). */
    private static final long WATCH_MILLIS = 30_000;

    private LagProbe() {
    }

    /** @param lags milliseconds from recordedAt to visible, per watched event */
    record Result(Samples lags, double offeredPerSecond, double achievedPerSecond, long failures) {
    }

    static Result run(List<IngestClients.Sender> senders, double ratePerSecond, Duration duration, int sampleEvery)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(senders.size());
        ExecutorService watchers = Executors.newCachedThreadPool();
        LedgerClient reader = new LedgerClient(senders.get(0).http().baseUrl());
        Samples lags = new Samples();
        AtomicLong posted = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        double intervalNanos = 1e9 * senders.size() / ratePerSecond;
        long began = System.nanoTime();
        long end = began + duration.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            List<CompletableFuture<Void>> watches = new ArrayList<>();
            for (int c = 0; c < senders.size(); c++) {
                IngestClients.Sender sender = senders.get(c);
                long offset = (long) (intervalNanos * c / senders.size());
                running.add(clients.submit(() -> {
                    for (long k = 0; ; k++) {
                        long due = began + offset + (long) (k * intervalNanos);
                        if (due >= end) {
                            return null;
                        }
                        TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
                        CompletableFuture<Long> visible = null;
                        if (posted.incrementAndGet() % sampleEvery == 0) {
                            String id = sender.upcoming().id();
                            long sequence = sender.upcomingSequence();
                            visible = CompletableFuture.supplyAsync(
                                    () -> awaitVisible(reader, sender.token(), id, sequence), watchers);
                        }
                        IngestClients.Posted answer = sender.postNext();
                        if (answer.status() != 201) {
                            failures.incrementAndGet();
                        } else if (visible != null) {
                            Instant recordedAt = answer.recordedAt();
                            synchronized (watches) {
                                watches.add(visible.thenAccept(visibleAt -> {
                                    if (visibleAt != NEVER) {
                                        lags.add(visibleAt - recordedAt.toEpochMilli());
                                    }
                                }));
                            }
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            CompletableFuture.allOf(watches.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            return new Result(lags, ratePerSecond, (posted.get() - failures.get()) / seconds, failures.get());
        } finally {
            clients.shutdownNow();
            watchers.shutdownNow();
        }
    }

    /**
     * Reads the application until its view has folded {@code sequence}; the wall-clock millisecond it first did, or
     * {@link #NEVER}.
     */
    private static long awaitVisible(LedgerClient reader, String token, String applicationId, long sequence) {
        long deadline = System.currentTimeMillis() + WATCH_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            LedgerClient.Response view = reader.get("/api/v1/applications/" + applicationId, token);
            if (view.status() == 200 && view.json().get("version").asLong() >= sequence) {
                return System.currentTimeMillis();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return NEVER;
    }
}
