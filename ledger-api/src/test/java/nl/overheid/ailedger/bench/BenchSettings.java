package nl.overheid.ailedger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The benchmark's settings, from system properties ({@code -Dbench.<name>=...}). The defaults are the sizes of the
 * issue: a large store of a million events with 20,000 applications, and 50,000 events posted to it; lower them for a
 * quicker look, e.g. {@code -Dbench.largeApplications=4000 -Dbench.ingestEvents=6000}.
 *
 * @param smallApplications      applications of the small data set (50 events each: about 100,000 events)
 * @param largeApplications      applications of the large data set, whose figures are the headline ones
 * @param ingestEvents           events posted over HTTP to the large data set, split over {@code rounds} rounds
 * @param comparisonIngestEvents events posted to the small data set and to PostgreSQL, whose ingest figures are
 *                               compared with the headline ones rather than being headlines themselves
 * @param rawInsertRows          rows the plain-JDBC insert baseline writes per round
 * @param simulationRequests     policy simulations per round, half of them of a random past moment
 * @param replayRounds           replays per data set: each is a long measurement
 * @param previous               the jar of an earlier release to compare ingest and replay with, on PostgreSQL
 */
record BenchSettings(Path jar, Path dir, String commit, int rounds, int replayRounds, int clients,
                     int eventsPerApplication,
                     int applicationsPerOrganisation, int smallApplications, int largeApplications,
                     int longApplicationEvents, int commitments, int ingestEvents, int comparisonIngestEvents,
                     int ingestWarmUp, int rawInsertRows, int asOfRequests, int monitorRequests,
                     int simulationRequests,
                     Duration lagDuration, int lagSampleEvery,
                     int fillBatch, int postgresApplications, boolean postgres, boolean jfr,
                     Map<String, String> ledgerProperties, Optional<Release> previous) {

    /** A build of the ledger: its jar and the commit it was built from. */
    record Release(Path jar, String commit) {
    }

    private static final String LEDGER = "bench.ledger.";

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Path.of(System.getProperty("bench.jar", "ledger-api/target/ledger-api.jar")).toAbsolutePath(),
                Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath(),
                System.getProperty("bench.commit", "unknown"),
                integer("rounds", 3),
                integer("replayRounds", 1),
                integer("clients", 16),
                integer("eventsPerApplication", 50),
                integer("applicationsPerOrganisation", 100),
                integer("smallApplications", 2_000),
                integer("largeApplications", 20_000),
                integer("longApplicationEvents", 1_000),
                integer("commitments", 50),
                integer("ingestEvents", 50_000),
                integer("comparisonIngestEvents", 3_000),
                integer("ingestWarmUp", 1_000),
                integer("rawInsertRows", 5_000),
                integer("asOfRequests", 200),
                integer("monitorRequests", 3),
                integer("simulationRequests", 20),
                Duration.ofSeconds(integer("lagSeconds", 10)),
                integer("lagSampleEvery", 4),
                integer("fillBatch", 5_000),
                integer("postgresApplications", 1_000),
                !System.getProperty("ledger.test.postgres.url", "").isBlank(),
                Boolean.getBoolean("bench.jfr"),
                passedToLedger(),
                Optional.ofNullable(System.getProperty("bench.previousJar")).map(jar -> new Release(
                        Path.of(jar).toAbsolutePath(), System.getProperty("bench.previousCommit", "unknown"))));
    }

    SyntheticHistory.Size size(int applications) {
        return new SyntheticHistory.Size(Math.max(clients, applications / applicationsPerOrganisation), applications,
                eventsPerApplication, longApplicationEvents, commitments);
    }

    /** The settings as the report lists them. */
    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rounds", rounds);
        map.put("replayRounds", replayRounds);
        map.put("clients", clients);
        map.put("eventsPerApplication", eventsPerApplication);
        map.put("applicationsPerOrganisation", applicationsPerOrganisation);
        map.put("smallApplications", smallApplications);
        map.put("largeApplications", largeApplications);
        map.put("longApplicationEvents", longApplicationEvents);
        map.put("commitments", commitments);
        map.put("ingestEvents", ingestEvents);
        map.put("comparisonIngestEvents", comparisonIngestEvents);
        map.put("ingestWarmUp", ingestWarmUp);
        map.put("rawInsertRows", rawInsertRows);
        map.put("asOfRequests", asOfRequests);
        map.put("monitorRequests", monitorRequests);
        map.put("simulationRequests", simulationRequests);
        map.put("lagSeconds", lagDuration.toSeconds());
        map.put("lagSampleEvery", lagSampleEvery);
        map.put("fillBatch", fillBatch);
        map.put("postgresApplications", postgres ? postgresApplications : 0);
        map.put("jfr", jfr);
        previous.ifPresent(release -> map.put("previousCommit", release.commit()));
        ledgerProperties.forEach((name, value) -> map.put("ledger." + name, value));
        return map;
    }

    /** Settings of the ledger under test: {@code -Dbench.ledger.<property>=<value>}, e.g. a processor's batch size. */
    private static Map<String, String> passedToLedger() {
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(LEDGER))
                .forEach(name -> properties.put(name.substring(LEDGER.length()), System.getProperty(name)));
        return properties;
    }

    private static int integer(String name, int fallback) {
        return Integer.getInteger("bench." + name, fallback);
    }
}
