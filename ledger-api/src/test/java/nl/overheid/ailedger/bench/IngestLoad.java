package nl.overheid.ailedger.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingest: every client posts its share of the events one after another, as fast as the ledger answers (a closed
 * loop). A post counts when the ledger answers 201, which it does only once the register shows the event.
 */
final class IngestLoad {

    private IngestLoad() {
    }

    /**
     * @param latencies milliseconds from sending a post to its answer
     * @param failures  posts answered otherwise than 201; {@code firstFailure} says how
     */
    record Round(long events, double seconds, Samples latencies, long failures, String firstFailure) {

        double eventsPerSecond() {
            return events / seconds;
        }
    }

    static Round run(List<IngestClients.Sender> senders, int events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        CountDownLatch start = new CountDownLatch(1);
        Samples latencies = new Samples();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < senders.size(); c++) {
                IngestClients.Sender sender = senders.get(c);
                int share = events * (c + 1) / senders.size() - events * c / senders.size();
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < share; i++) {
                        long sent = System.nanoTime();
                        IngestClients.Posted posted = sender.postNext();
                        latencies.add((System.nanoTime() - sent) / 1e6);
                        if (posted.status() != 201) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, posted.applicationId() + ": " + posted.status());
                        }
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return new Round(events - failures.get(), seconds, latencies, failures.get(), firstFailure.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
