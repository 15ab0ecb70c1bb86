package nl.overheid.ailedger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.LedgerProcess;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import org.springframework.util.FileSystemUtils;

/**
 * The runner of {@code bench/run}: measures the ledger (the real jar, in a process of its own) and, in the same run,
 * the plain-database baselines it is compared with, then writes {@code target/bench/results.json} and
 * {@code BENCHMARKS.md}.
 *
 * <p>Per data set (about 100,000 and 1,000,000 events on H2, then about 50,000 on PostgreSQL when configured): the
 * events are appended straight into a fresh event store, sealed as they are appended, and the event table is scanned
 * in plain JDBC. The ledger then starts and the replay of its read models is asked for at once, so that the store is
 * projected once, not twice (a first catch-up and then the replay). Then as-of reads, the monitor and ingest over HTTP
 * are measured; on H2 also the auditor's export and offline verification, and on the large set the projection lag at
 * half the ingest rate. Short measurements are repeated
 * ({@code bench.rounds}) and their median reported.
 */
public final class LedgerBenchmark {

    static final String ADMIN = "dev-admin-token";
    /** The data sets' events are recorded over these two years; ingest and lag events are recorded now. */
    private static final Instant HISTORY_FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(20);

    private final BenchSettings settings;
    private final Results results = new Results();
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
    private final Instant historyTo = Instant.now().minus(Duration.ofDays(1));

    private LedgerBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("disable-axoniq-console-message", "true");
        BenchSettings settings = BenchSettings.fromSystemProperties();
        new LedgerBenchmark(settings).run();
        System.exit(0);
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        FileSystemUtils.deleteRecursively(settings.dir());
        Files.createDirectories(settings.dir());
        results.put("run.started", Instant.now().toString());
        results.put("run.commit", settings.commit());
        results.put("run.machine", Machine.describe());
        results.put("run.settings", settings.asMap());

        stage("raw insert, H2", () -> {
            BenchStorage raw = BenchStorage.h2(settings.dir().resolve("raw-h2"));
            results.put("raw.insertPerSecond", rawInsert(raw));
            raw.discard();
        });
        stage("Algoritmeregister import", this::snapshotImport);
        dataSet(settings.smallApplications(), settings.comparisonIngestEvents(), false);
        headlines(dataSet(settings.largeApplications(), settings.ingestEvents(), true));
        if (settings.postgres()) {
            postgres();
            if (settings.previous().isPresent()) {
                againstPreviousRelease(settings.previous().get());
            }
        }

        results.put("run.finished", Instant.now().toString());
        results.put("run.loadAverageAtEnd", Machine.loadAverage());
        results.put("run.stageSeconds", stageSeconds);
        results.put("run.durationSeconds", (System.nanoTime() - began) / 1e9);
        results.write(settings.dir().resolve("results.json"));
        BenchmarkReport.write(results, Path.of("BENCHMARKS.md"), Path.of("bench", "findings.md"));
        System.out.printf("benchmark done in %.1f minutes: %s and BENCHMARKS.md%n",
                (System.nanoTime() - began) / 60e9, settings.dir().resolve("results.json"));
    }

    /**
     * Everything measured on one data set on H2, under {@code scale.<label>}, the label being its nominal size
     * ({@code 100k}); returns the label.
     */
    private String dataSet(int applications, int ingestEvents, boolean large) throws Exception {
        String label = (long) applications * settings.eventsPerApplication() / 1000 + "k";
        String key = "scale." + label + ".";
        BenchStorage storage = BenchStorage.h2(settings.dir().resolve("h2-" + label));
        SyntheticHistory history = new SyntheticHistory(settings.size(applications), HISTORY_FROM, historyTo, 1);
        long events = history.size().totalEvents();
        results.put(key + "events", events);
        results.put(key + "applications", applications);
        stage(label + ": fill and seal", () -> fill(key, storage.properties(), history));
        stage(label + ": raw scan", () -> results.put(key + "raw.scanPerSecond",
                median(large ? 1 : settings.rounds(), () -> RawDatabase.scanPerSecond(storage))));
        Path journal = settings.dir().resolve("journal-" + label + ".ndjson");
        Path checkpoints = settings.dir().resolve("checkpoints-" + label + ".json");
        try (LedgerProcess ledger = startLedger(storage, label)) {
            LedgerClient client = ledger.client();
            Processors processors = new Processors(client, ADMIN);
            stage(label + ": replay", () -> replay(key, processors, events));
            stage(label + ": as-of reads", () -> asOfReads(key, client, history));
            List<IngestClients.Sender> senders = IngestClients.issue(client, ADMIN, history, settings.clients());
            stage(label + ": ingest", () -> ingest(key, senders, ingestEvents));
            if (large) {
                stage(label + ": lag", () -> lag(senders, results.get(key + "ingest.eventsPerSecond") / 2));
            }
            stage(label + ": journal export", () -> exportJournal(key, client, journal, checkpoints));
        }
        results.put(key + "h2Bytes", storage.h2Bytes());
        stage(label + ": restart", () -> {
            startLedger(storage, label + "-restart").close();
            results.put(key + "h2BytesAtRest", storage.h2Bytes());
        });
        stage(label + ": offline verification", () -> verifyOffline(key, journal, checkpoints, label));
        stage(label + ": compaction", () -> results.put(key + "h2BytesCompacted", storage.compacted()));
        storage.discard();
        return label;
    }

    private void fill(String prefix, Map<String, String> storage, SyntheticHistory history) {
        long events = history.size().totalEvents();
        EventStoreFiller.Filled filled = EventStoreFiller.fill(storage, history, settings.fillBatch());
        results.put(prefix + "fillEventsPerSecond", events / filled.appendSeconds());
        results.put(prefix + "sealing.seconds", filled.sealedSeconds());
        results.put(prefix + "sealing.eventsPerSecond", events / filled.sealedSeconds());
    }

    private void asOfReads(String key, LedgerClient client, SyntheticHistory history) {
        AsOfReads reads = new AsOfReads(client, ADMIN, history.longApplicationRegisteredAt(),
                history.lastRecordedAt(), 8);
        String longApplication = history.longApplicationId();
        reads.application(longApplication, settings.asOfRequests() / 4);
        List<Double> p99 = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            Samples millis = reads.application(longApplication, settings.asOfRequests());
            p99.add(millis.percentile(99));
            p50.add(millis.percentile(50));
        }
        results.put(key + "asOf.applicationP99Millis", Samples.median(p99));
        results.put(key + "asOf.applicationP50Millis", Samples.median(p50));
        results.put(key + "asOf.applicationEvents", history.size().longApplicationEvents());

        reads.monitor(1);
        List<Double> monitor = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            monitor.add(reads.monitor(settings.monitorRequests()).percentile(50));
        }
        results.put(key + "asOf.monitorMillis", Samples.median(monitor));
        results.put(key + "asOf.monitorApplications", history.size().applications() + 1);

        JsonNode draft = withoutRule(client.get("/api/v1/policy/rulesets?at="
                + PolicyCatalogue.dateOf(history.lastRecordedAt()), ADMIN).json().get("ruleSets"), "standpunt-2025", "R3");
        reads.simulation(draft, "standpunt-2025", 2);
        List<Double> simulation = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            simulation.add(reads.simulation(draft, "standpunt-2025", settings.simulationRequests()).percentile(95));
        }
        results.put(key + "asOf.simulationP95Millis", Samples.median(simulation));
    }

    /** The rule set {@code id} of {@code ruleSets} without its rule {@code rule}: a draft to simulate. */
    private static JsonNode withoutRule(JsonNode ruleSets, String id, String rule) {
        for (JsonNode ruleSet : ruleSets) {
            if (ruleSet.get("id").asText().equals(id)) {
                ObjectNode draft = ruleSet.deepCopy();
                ArrayNode rules = draft.putArray("rules");
                ruleSet.get("rules").forEach(kept -> {
                    if (!kept.get("id").asText().equals(rule)) {
                        rules.add(kept);
                    }
                });
                return draft;
            }
        }
        throw new IllegalStateException("no rule set " + id + " in " + ruleSets);
    }

    private void replay(String key, Processors processors, long events) {
        List<Double> rates = new ArrayList<>();
        List<Double> clearing = new ArrayList<>();
        int rounds = settings.replayRounds();
        for (int round = 0; round < rounds; round++) {
            Processors.Replay replay = processors.replay(CATCH_UP_TIMEOUT);
            double slowest = replay.seconds().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            rates.add(events / slowest);
            clearing.add(replay.clearingSeconds());
            replay.seconds().forEach((name, s) -> results.put(key + "replay.processors." + name + ".seconds", s));
        }
        results.put(key + "replay.eventsPerSecond", Samples.median(rates));
        results.put(key + "replay.clearingSeconds", Samples.median(clearing));
        results.put(key + "replay.events", events);
        results.put(key + "replay.rounds", rounds);
    }

    private void ingest(String key, List<IngestClients.Sender> senders, int events) throws Exception {
        IngestLoad.run(senders, settings.ingestWarmUp());
        List<Double> rates = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        long failures = 0;
        String firstFailure = null;
        for (int round = 0; round < settings.rounds(); round++) {
            IngestLoad.Round measured = IngestLoad.run(senders, events / settings.rounds());
            rates.add(measured.eventsPerSecond());
            p50.add(measured.latencies().percentile(50));
            p99.add(measured.latencies().percentile(99));
            failures += measured.failures();
            firstFailure = firstFailure == null ? measured.firstFailure() : firstFailure;
        }
        results.put(key + "ingest.eventsPerSecond", Samples.median(rates));
        results.put(key + "ingest.p50Millis", Samples.median(p50));
        results.put(key + "ingest.p99Millis", Samples.median(p99));
        results.put(key + "ingest.events", events);
        results.put(key + "ingest.failures", failures);
        if (firstFailure != null) {
            results.put(key + "ingest.firstFailure", firstFailure);
        }
    }

    private void lag(List<IngestClients.Sender> senders, double rate) throws Exception {
        LagProbe.Result lag = LagProbe.run(senders, rate, settings.lagDuration(), settings.lagSampleEvery());
        results.put("lag.p99Millis", lag.lags().percentile(99));
        results.put("lag.p50Millis", lag.lags().percentile(50));
        results.put("lag.maxMillis", lag.lags().percentile(100));
        results.put("lag.samples", lag.lags().count());
        results.put("lag.offeredPerSecond", lag.offeredPerSecond());
        results.put("lag.achievedPerSecond", lag.achievedPerSecond());
        results.put("lag.failures", lag.failures());
    }

    /** The auditor's export of the sealed journal and its checkpoints over the audit API. */
    private void exportJournal(String key, LedgerClient client, Path journal, Path checkpoints) throws Exception {
        JournalCheck check = new JournalCheck(client, ADMIN);
        long events = check.awaitCheckpointOfAll(Duration.ofMinutes(2));
        results.put(key + "verify.exportEventsPerSecond", events / check.exportJournal(events, journal));
        check.exportCheckpoints(checkpoints);
    }

    /** The offline verifier over the export, run with the ledger stopped, as on an auditor's own machine. */
    private void verifyOffline(String key, Path journal, Path checkpoints, String label) throws Exception {
        String publicKey = JournalCheck.publicKeyOf(checkpoints);
        List<Double> seconds = new ArrayList<>();
        long events = 0;
        for (int round = 0; round < settings.rounds(); round++) {
            JournalCheck.Verified verified = JournalCheck.verify(settings.jar(), journal, checkpoints, publicKey,
                    settings.dir().resolve("verify-" + label + ".txt"));
            seconds.add(verified.seconds());
            events = verified.events();
        }
        double median = Samples.median(seconds);
        results.put(key + "verify.events", events);
        results.put(key + "verify.seconds", median);
        results.put(key + "verify.eventsPerSecond", events / median);
        results.put(key + "verify.journalBytes", Files.size(journal));
        results.put(key + "raw.sha256PerSecond",
                median(settings.rounds(), () -> JournalCheck.sha256PerSecond(journal)));
    }

    /** The import of the shipped Algoritmeregister snapshots by the command line, on fresh storage each round. */
    private void snapshotImport() throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> next = new ArrayList<>();
        List<SnapshotImport.Imported> imported = List.of();
        for (int round = 0; round < settings.rounds(); round++) {
            imported = SnapshotImport.run(settings.jar(), settings.dir().resolve("import-" + round));
            first.add(imported.get(0).seconds());
            next.add(imported.get(1).seconds());
        }
        results.put("import.firstSnapshotSeconds", Samples.median(first));
        results.put("import.firstSnapshotRegistered", imported.get(0).registered());
        results.put("import.nextSnapshotSeconds", Samples.median(next));
        results.put("import.nextSnapshotChanges",
                imported.get(1).registered() + imported.get(1).changed() + imported.get(1).removed());
    }

    /** The headline figures of the issue: those of the large data set, with their ratios to the baselines. */
    private void headlines(String label) {
        String scale = "scale." + label + ".";
        results.put("run.headlineDataSet", label);
        for (String figure : List.of("events", "ingest.eventsPerSecond", "ingest.p50Millis", "ingest.p99Millis",
                "replay.eventsPerSecond", "replay.events", "replay.clearingSeconds", "asOf.applicationP99Millis",
                "asOf.applicationP50Millis", "asOf.applicationEvents", "asOf.monitorMillis",
                "asOf.monitorApplications", "raw.scanPerSecond", "verify.events", "verify.seconds",
                "verify.eventsPerSecond", "verify.journalBytes", "verify.exportEventsPerSecond",
                "raw.sha256PerSecond", "h2BytesAtRest", "h2BytesCompacted", "asOf.simulationP95Millis")) {
            results.put(figure, results.get(scale + figure));
        }
        results.put("ingest.ratioToRaw", results.get("ingest.eventsPerSecond") / results.get("raw.insertPerSecond"));
        results.put("replay.ratioToRaw", results.get("replay.eventsPerSecond") / results.get("raw.scanPerSecond"));
    }

    /** Ingest and replay again on PostgreSQL, with the plain-JDBC baselines on the same server. */
    private void postgres() throws Exception {
        stage("PostgreSQL: raw insert", () -> {
            BenchStorage raw = BenchStorage.postgres();
            try {
                results.put("postgres.raw.insertPerSecond", rawInsert(raw));
            } finally {
                raw.discard();
            }
        });
        BenchStorage storage = BenchStorage.postgres();
        try {
            SyntheticHistory history = new SyntheticHistory(settings.size(settings.postgresApplications()),
                    HISTORY_FROM, historyTo, 1);
            long events = history.size().totalEvents();
            results.put("postgres.events", events);
            stage("PostgreSQL: fill and seal", () -> fill("postgres.", storage.properties(), history));
            stage("PostgreSQL: raw scan", () -> results.put("postgres.raw.scanPerSecond",
                    median(settings.rounds(), () -> RawDatabase.scanPerSecond(storage))));
            try (LedgerProcess ledger = startLedger(storage, "postgres")) {
                Processors processors = new Processors(ledger.client(), ADMIN);
                stage("PostgreSQL: replay", () -> replay("postgres.", processors, events));
                List<IngestClients.Sender> senders = IngestClients.issue(ledger.client(), ADMIN, history,
                        settings.clients());
                stage("PostgreSQL: ingest", () -> ingest("postgres.", senders, settings.comparisonIngestEvents()));
            }
        } finally {
            storage.discard();
        }
        results.put("postgres.ingest.ratioToRaw",
                results.get("postgres.ingest.eventsPerSecond") / results.get("postgres.raw.insertPerSecond"));
        results.put("postgres.replay.ratioToRaw",
                results.get("postgres.replay.eventsPerSecond") / results.get("postgres.raw.scanPerSecond"));
    }

    /**
     * Replay and ingest of an earlier release's jar against this one's, on PostgreSQL, which both releases open
     * whatever their H2 versions. Each run gets a fresh database filled with the same history; the runs alternate
     * previous, current, current, previous, so that a machine getting busier or quieter weighs on both alike.
     */
    private void againstPreviousRelease(BenchSettings.Release previous) throws Exception {
        SyntheticHistory history = new SyntheticHistory(settings.size(settings.postgresApplications()),
                HISTORY_FROM, historyTo, 1);
        long events = history.size().totalEvents();
        Map<String, List<Map<String, Double>>> runs = new LinkedHashMap<>();
        List<String> order = List.of("previous", "current", "current", "previous");
        for (int run = 0; run < order.size(); run++) {
            String release = order.get(run);
            String key = "compare." + release + "." + run + ".";
            Path jar = release.equals("previous") ? previous.jar() : settings.jar();
            BenchStorage storage = BenchStorage.postgres();
            Map<String, String> schema = new LinkedHashMap<>(storage.properties());
            schema.put("spring.flyway.target", ReleaseSchema.lastMigration(jar));
            try {
                stage(BenchmarkReport.AGAINST_PREVIOUS + ": fill, run " + run, () -> fill(key, schema, history));
                try (LedgerProcess ledger = startLedger(jar, storage, "compare-" + run)) {
                    Processors processors = new Processors(ledger.client(), ADMIN);
                    stage(BenchmarkReport.AGAINST_PREVIOUS + ": " + release + " " + run, () -> {
                        replay(key, processors, events);
                        ingest(key, IngestClients.issue(ledger.client(), ADMIN, history, settings.clients()),
                                settings.comparisonIngestEvents());
                    });
                }
            } finally {
                storage.discard();
            }
            runs.computeIfAbsent(release, r -> new ArrayList<>()).add(Map.of(
                    "replay.eventsPerSecond", results.get(key + "replay.eventsPerSecond"),
                    "ingest.eventsPerSecond", results.get(key + "ingest.eventsPerSecond"),
                    "ingest.p50Millis", results.get(key + "ingest.p50Millis"),
                    "ingest.p99Millis", results.get(key + "ingest.p99Millis")));
        }
        results.put("compare.events", events);
        results.put("compare.ingest.events", settings.comparisonIngestEvents());
        results.put("compare.previous.commit", previous.commit());
        runs.forEach((release, measured) -> measured.get(0).keySet().forEach(figure -> results.put(
                "compare." + release + "." + figure,
                Samples.median(measured.stream().map(figures -> figures.get(figure)).toList()))));
    }

    /** The plain-JDBC insert baseline on a fresh, migrated database: the median of the rounds, rows per second. */
    private double rawInsert(BenchStorage storage) throws Exception {
        storage.migrate();
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            int offset = round * settings.rawInsertRows();
            List<RawDatabase.Row> rows = IntStream.range(offset, offset + settings.rawInsertRows())
                    .mapToObj(i -> RawDatabase.Row.of("raw-" + i / 50, i % 50,
                            SyntheticHistory.everyday("raw-" + i / 50, i, Instant.now())))
                    .toList();
            rates.add(RawDatabase.insertPerSecond(storage, rows, settings.clients()));
        }
        return Samples.median(rates);
    }

    private LedgerProcess startLedger(BenchStorage storage, String label) {
        return startLedger(settings.jar(), storage, label);
    }

    /** Starts the jar on the storage once the filler and the baselines in this JVM have let go of it. */
    private LedgerProcess startLedger(Path jar, BenchStorage storage, String label) {
        storage.release();
        Map<String, String> properties = new LinkedHashMap<>(storage.properties());
        properties.put("ledger.sealing.checkpoint-interval", "1s");
        properties.putAll(settings.ledgerProperties());
        List<String> jvm = settings.jfr()
                ? List.of("-XX:FlightRecorderOptions=stackdepth=512",
                        "-XX:StartFlightRecording=filename=" + settings.dir().resolve(label + ".jfr")
                        + ",settings=profile")
                : List.of();
        return LedgerProcess.startJar(jar, jvm, properties, settings.dir().resolve("ledger-" + label + ".log"));
    }

    private double median(int rounds, Measurement measurement) throws Exception {
        List<Double> values = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            values.add(measurement.measure());
        }
        return Samples.median(values);
    }

    /** Runs and times one stage, and says so on the console: a run takes minutes. */
    private void stage(String name, Stage stage) throws Exception {
        System.out.printf("%s  %-28s load %s%n", Instant.now(), name, Machine.loadAverage());
        long began = System.nanoTime();
        stage.run();
        double seconds = (System.nanoTime() - began) / 1e9;
        stageSeconds.put(name, Math.round(seconds * 10) / 10.0);
        System.out.printf("%s  %-28s %.1f s%n", Instant.now(), name, seconds);
    }

    @FunctionalInterface
    private interface Stage {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Measurement {
        double measure() throws Exception;
    }
}
