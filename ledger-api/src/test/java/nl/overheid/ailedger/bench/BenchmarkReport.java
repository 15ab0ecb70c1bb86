package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes {@code BENCHMARKS.md} from the results of a run: the figures beside their targets and baselines, how they
 * grow with the store, PostgreSQL, the stages' times and the settings; then the findings kept in
 * {@code bench/findings.md} (what profiling showed, what was fixed, what limits the rest).
 */
final class BenchmarkReport {

    /** The issue's sizes: the events of the large store, and the events posted per store. */
    private static final double ISSUE_EVENTS = 1_000_000;
    private static final double ISSUE_INGEST_EVENTS = 50_000;
    private static final double ISSUE_MINUTES = 15;
    /** The stages of the comparison with an earlier release ({@code BENCH_PREVIOUS}) begin with this. */
    static final String AGAINST_PREVIOUS = "against the previous release";

    private final Results results;
    private final StringBuilder out = new StringBuilder();

    private BenchmarkReport(Results results) {
        this.results = results;
    }

    static void write(Results results, Path report, Path findings) throws IOException {
        BenchmarkReport writer = new BenchmarkReport(results);
        writer.header();
        writer.targets();
        writer.sizes();
        writer.growth();
        writer.postgres();
        writer.againstPreviousRelease();
        writer.stages();
        writer.settings();
        if (Files.exists(findings)) {
            writer.out.append('\n').append(Files.readString(findings).strip()).append('\n');
        }
        Files.writeString(report, writer.out.toString());
    }

    private void header() {
        JsonNode machine = results.node("run.machine");
        out.append("# Benchmarks\n\n");
        out.append("Written by `bench/run` (see [docs/benchmarks.md](docs/benchmarks.md)) from one run: started ")
                .append(results.text("run.started")).append(", commit `").append(results.text("run.commit"))
                .append("`, ").append(number(results.get("run.durationSeconds") / 60)).append(" minutes in all. ")
                .append("The raw figures are in `target/bench/results.json` of the run.\n\n");
        out.append("Machine: ").append(machine.get("cpu").asText()).append(", ").append(machine.get("cores"))
                .append(" cores, ").append(machine.get("memory").asText()).append(" memory, ")
                .append(machine.get("os").asText()).append(", ").append(machine.get("java").asText())
                .append(". Load average (1, 5, 15 minutes) at the start ")
                .append(machine.get("loadAverageAtStart").asText()).append(", at the end ")
                .append(results.text("run.loadAverageAtEnd"))
                .append(": the machine is shared, so other work ran beside the measurement, and every figure is "
                        + "the median of ").append(results.node("run.settings").get("rounds"))
                .append(" rounds unless it says otherwise. Each baseline was measured in the same run, on the same "
                        + "machine and database.\n\n");
    }

    private void targets() {
        out.append("## Figures and targets\n\n");
        out.append("Headline figures on H2 (the embedded default) with a store of ")
                .append(count(results.get("events"))).append(" events. A target missed is information, "
                        + "not a failure: the findings below say why.\n\n");
        out.append("| figure | measured | baseline in the same run | ratio | target | met |\n");
        out.append("|---|---|---|---|---|---|\n");
        row("Ingest: `POST /applications/{id}/events`, " + setting("clients") + " clients, "
                        + count(setting("ingestEvents")) + " events",
                rate("ingest.eventsPerSecond"),
                "plain JDBC, one INSERT + COMMIT per row, " + setting("clients") + " threads: "
                        + rate("raw.insertPerSecond"),
                ratio("ingest.ratioToRaw"), "ratio ≥ 0.5", met(results.get("ingest.ratioToRaw"), 0.5, true));
        row("Ingest latency, p50 / p99", millis("ingest.p50Millis") + " / " + millis("ingest.p99Millis"), "", "",
                "p99 ≤ 50 ms", met(results.get("ingest.p99Millis"), 50, false));
        row("Projection lag p99: recordedAt to visible in `GET /applications/{id}`, at "
                        + rate("lag.offeredPerSecond") + " (half the ingest rate)",
                millis("lag.p99Millis") + " (p50 " + millis("lag.p50Millis") + ", "
                        + count(results.get("lag.samples")) + " events watched)", "", "",
                "≤ 1,000 ms", met(results.get("lag.p99Millis"), 1_000, false));
        row("Replay of the read models over " + count(results.get("replay.events"))
                        + " events, until caught up (asked for as the ledger starts on the store)",
                rate("replay.eventsPerSecond"),
                "plain JDBC scan of the event table, payloads deserialised: " + rate("raw.scanPerSecond"),
                ratio("replay.ratioToRaw"), "ratio ≥ 0.25", met(results.get("replay.ratioToRaw"), 0.25, true));
        row("As-of read of an application with " + count(results.get("asOf.applicationEvents"))
                        + " events, random `asOf`, p99",
                millis("asOf.applicationP99Millis") + " (p50 " + millis("asOf.applicationP50Millis") + ")", "", "",
                "≤ 10 ms", met(results.get("asOf.applicationP99Millis"), 10, false));
        row("Monitor as of a random moment, " + count(results.get("asOf.monitorApplications"))
                        + " applications",
                millis("asOf.monitorMillis"), "", "", "≤ 1,000 ms", met(results.get("asOf.monitorMillis"), 1_000, false));
        row("Policy simulation (`POST /policy/simulations`, the standpunt without R3) over "
                        + count(results.get("asOf.monitorApplications")) + " applications, now and as of a random "
                        + "moment, p95 of " + setting("simulationRequests"),
                millis("asOf.simulationP95Millis"), "", "", "≤ 1,000 ms",
                met(results.get("asOf.simulationP95Millis"), 1_000, false));
        double bytesPerEvent = results.get("h2BytesAtRest") / results.get("verify.events");
        row("H2 files at rest: the ledger stopped and started again after the run, per event in its journal ("
                        + count(results.get("verify.events")) + ")",
                count(bytesPerEvent) + " bytes (" + count(results.get("h2BytesAtRest") / 1e6) + " MB; after "
                        + "`SHUTDOWN COMPACT`: " + count(results.get("h2BytesCompacted") / results.get("verify.events"))
                        + " bytes)", "", "",
                "≤ 4,096 bytes", met(bytesPerEvent, 4_096, false));
        if (!Double.isNaN(results.get("postgres.ingest.ratioToRaw"))) {
            row("PostgreSQL ingest (see below)", rate("postgres.ingest.eventsPerSecond"),
                    "INSERT + COMMIT per row: " + rate("postgres.raw.insertPerSecond"),
                    ratio("postgres.ingest.ratioToRaw"), "ratio ≥ 0.3",
                    met(results.get("postgres.ingest.ratioToRaw"), 0.3, true));
        }
        row("Offline verifier (`java -jar ledger-api.jar verify`, its JVM's start included) over "
                        + count(results.get("verify.events")) + " exported events",
                rate("verify.eventsPerSecond"),
                "SHA-256 of each journal line: " + rate("raw.sha256PerSecond"),
                ratio(results.get("verify.eventsPerSecond") / results.get("raw.sha256PerSecond")),
                "≥ 100,000 events/s", met(results.get("verify.eventsPerSecond"), 100_000, true));
        row("Import of one Algoritmeregister snapshot into an empty ledger (`import-algoritmeregister`, "
                        + count(results.get("import.firstSnapshotRegistered")) + " algorithms)",
                seconds("import.firstSnapshotSeconds") + " (the next snapshot on top, "
                        + count(results.get("import.nextSnapshotChanges")) + " changes: "
                        + seconds("import.nextSnapshotSeconds") + ")", "", "",
                "< 10 s", met(results.get("import.firstSnapshotSeconds"), 10, false));
        out.append('\n');
    }

    /** Whether the run measured the issue's sizes, and what the time of the run says about them. */
    private void sizes() {
        String large = results.text("run.headlineDataSet");
        double largeSeconds = stageSeconds(large + ":");
        double comparisonSeconds = stageSeconds(AGAINST_PREVIOUS);
        boolean issueSizes = results.get("events") >= ISSUE_EVENTS
                && Double.parseDouble(setting("ingestEvents")) >= ISSUE_INGEST_EVENTS;
        double minutes = (results.get("run.durationSeconds") - comparisonSeconds) / 60;
        out.append(issueSizes ? "## The issue's sizes\n\n" : "## What was measured instead of the issue's sizes\n\n");
        out.append("The issue asks for ingest over 50,000 events and for replay and the monitor over 1,000,000 events "
                + "with 20,000 applications, all in one run of at most 15 minutes on this two-core machine. ");
        out.append(issueSizes ? "This run measured those sizes, the defaults of `bench/run`: "
                        : "This run measured smaller ones: ")
                .append(count(results.get("events"))).append(" events with ")
                .append(count(results.get("asOf.monitorApplications"))).append(" applications and ")
                .append(count(setting("ingestEvents"))).append(" events posted to them (")
                .append(count(setting("comparisonIngestEvents")))
                .append(" to the smaller store and to PostgreSQL, whose ingest is compared, not a headline)")
                .append(setting("rounds").equals("1") ? "" : ", over " + setting("rounds") + " rounds")
                .append(". It took ").append(number(minutes))
                .append(" minutes, the build before it not counted, of which ").append(number(largeSeconds / 60))
                .append(" on the ").append(large).append(" store")
                .append(comparisonSeconds > 0 ? " (and " + number(comparisonSeconds / 60) + " minutes more for the "
                        + "comparison with the previous release, which plain `bench/run` does not make)" : "");
        if (!issueSizes) {
            out.append(". Nothing is extrapolated to the larger sizes: plain `bench/run` measures them.\n\n");
        } else {
            out.append(minutes <= ISSUE_MINUTES ? ".\n\n"
                    : ": more than the 15 minutes, for the reasons the findings give.\n\n");
        }
    }

    private void growth() {
        out.append("## How cost grows with the store (H2)\n\n");
        out.append("The same measurements on stores of different sizes (").append(setting("eventsPerApplication"))
                .append(" events per application, ").append(setting("applicationsPerOrganisation"))
                .append(" applications per organisation). The store is bulk-loaded and sealed as it is loaded; the "
                        + "ledger then starts on it and the replay of its read models is asked for at once, so that "
                        + "each store is projected once (").append(setting("replayRounds"))
                .append(" replay per store; the clearing is part of its time and also shown apart). The smaller store "
                        + "is posted ").append(count(setting("comparisonIngestEvents"))).append(" events against ")
                .append(count(setting("ingestEvents")))
                .append(", a minute after its ledger started rather than after a replay of a million events, so its "
                        + "ingest differs from the headline in more than the store's size (the findings give a run "
                        + "with 50,000 posts to each).\n\n");
        out.append("| figure");
        results.node("scale").fieldNames().forEachRemaining(label -> out.append(" | ").append(label));
        out.append(" |\n|---");
        results.node("scale").fieldNames().forEachRemaining(label -> out.append("|---"));
        out.append("|\n");
        growthRow("events in the store", key -> count(results.get(key + "events")));
        growthRow("ingest, events/s", key -> rate(key + "ingest.eventsPerSecond") + " ("
                + count(results.get(key + "ingest.events")) + " posted)");
        growthRow("ingest latency p50 / p99", key -> millis(key + "ingest.p50Millis") + " / "
                + millis(key + "ingest.p99Millis"));
        growthRow("replay, events/s", key -> rate(key + "replay.eventsPerSecond"));
        growthRow("of which clearing the read models", key -> seconds(key + "replay.clearingSeconds"));
        growthRow("raw scan, events/s", key -> rate(key + "raw.scanPerSecond"));
        growthRow("replay / raw scan", key -> ratio(results.get(key + "replay.eventsPerSecond")
                / results.get(key + "raw.scanPerSecond")));
        growthRow("as-of application p50 / p99", key -> millis(key + "asOf.applicationP50Millis") + " / "
                + millis(key + "asOf.applicationP99Millis"));
        growthRow("monitor as of a random moment", key -> millis(key + "asOf.monitorMillis"));
        growthRow("sealing of the store beside the bulk append", key -> seconds(key + "sealing.seconds")
                + " (" + rate(key + "sealing.eventsPerSecond") + ")");
        growthRow("offline verifier, JVM start included", key -> seconds(key + "verify.seconds") + " ("
                + rate(key + "verify.eventsPerSecond") + ")");
        growthRow("bulk append (data set generation)", key -> rate(key + "fillEventsPerSecond"));
        growthRow("H2 files at the end (deleted after the store was measured)",
                key -> count(results.get(key + "h2Bytes") / 1e6) + " MB");
        growthRow("H2 files after the ledger stopped and started again",
                key -> count(results.get(key + "h2BytesAtRest") / 1e6) + " MB");
        growthRow("H2 files after `SHUTDOWN COMPACT` (live data only)",
                key -> count(results.get(key + "h2BytesCompacted") / 1e6) + " MB");
        out.append('\n');
    }

    private void postgres() {
        out.append("## PostgreSQL\n\n");
        if (Double.isNaN(results.get("postgres.events"))) {
            out.append("Not measured in this run: no PostgreSQL was configured (`bench/run` starts it with "
                    + "`.ci/postgres-up`).\n\n");
            return;
        }
        out.append("The machine's PostgreSQL 15, a fresh database, a store of ")
                .append(count(results.get("postgres.events"))).append(" events.\n\n");
        out.append("| figure | measured | baseline in the same run | ratio |\n|---|---|---|---|\n");
        out.append("| ingest, ").append(setting("clients")).append(" clients, ")
                .append(count(results.get("postgres.ingest.events"))).append(" events | ")
                .append(rate("postgres.ingest.eventsPerSecond")).append(" | INSERT + COMMIT per row: ")
                .append(rate("postgres.raw.insertPerSecond")).append(" | ").append(ratio("postgres.ingest.ratioToRaw"))
                .append(" |\n");
        out.append("| ingest latency p50 / p99 | ").append(millis("postgres.ingest.p50Millis")).append(" / ")
                .append(millis("postgres.ingest.p99Millis")).append(" | | |\n");
        out.append("| replay | ").append(rate("postgres.replay.eventsPerSecond"))
                .append(" | scan with deserialisation: ").append(rate("postgres.raw.scanPerSecond")).append(" | ")
                .append(ratio("postgres.replay.ratioToRaw")).append(" |\n");
        out.append("| sealing of the store beside the bulk append | ").append(seconds("postgres.sealing.seconds"))
                .append(" (").append(rate("postgres.sealing.eventsPerSecond")).append(") | | |\n");
        out.append('\n');
    }

    private void againstPreviousRelease() {
        if (Double.isNaN(results.get("compare.events"))) {
            return;
        }
        String previous = results.text("compare.previous.commit");
        out.append("## Against the previous release\n\n");
        out.append("The jar of `").append(previous).append("` and this one, measured in this run on PostgreSQL (which "
                        + "both open, whatever their H2 versions): each run on a fresh database of ")
                .append(count(results.get("compare.events"))).append(" events, replayed and then posted ")
                .append(count(results.get("compare.ingest.events"))).append(" events by ").append(setting("clients"))
                .append(" clients; the runs alternated previous, current, current, previous, and each figure is "
                        + "the mean of a release's two runs.\n\n");
        out.append("| figure | `").append(previous).append("` | `").append(results.text("run.commit"))
                .append("` | this / previous |\n|---|---|---|---|\n");
        comparison("replay, events/s", "replay.eventsPerSecond", value -> count(value) + "/s");
        comparison("ingest, events/s", "ingest.eventsPerSecond", value -> count(value) + "/s");
        comparison("ingest latency p50", "ingest.p50Millis", value -> number(value) + " ms");
        comparison("ingest latency p99", "ingest.p99Millis", value -> number(value) + " ms");
        out.append('\n');
    }

    private void comparison(String figure, String key, Function<Double, String> format) {
        double previous = results.get("compare.previous." + key);
        double current = results.get("compare.current." + key);
        row(figure, format.apply(previous), format.apply(current), ratio(current / previous));
    }

    private void stages() {
        out.append("## Where the run's time went\n\n| stage | seconds |\n|---|---|\n");
        results.node("run.stageSeconds").fields().forEachRemaining(stage ->
                out.append("| ").append(stage.getKey()).append(" | ").append(stage.getValue().asText()).append(" |\n"));
        out.append('\n');
    }

    private void settings() {
        out.append("## Settings\n\n| setting (`-Dbench.<name>`) | value |\n|---|---|\n");
        results.node("run.settings").fields().forEachRemaining(setting ->
                out.append("| ").append(setting.getKey()).append(" | ").append(setting.getValue().asText())
                        .append(" |\n"));
        out.append("\nThe ledger runs as `java -jar ledger-api/target/ledger-api.jar` on fresh storage under "
                + "`target/bench/`, with `--ledger.sealing.checkpoint-interval=1s` (so that the verification need not "
                + "wait for a checkpoint) and otherwise its defaults.\n");
    }

    private double stageSeconds(String prefix) {
        double seconds = 0;
        for (Iterator<Map.Entry<String, JsonNode>> stages = results.node("run.stageSeconds").fields();
             stages.hasNext(); ) {
            Map.Entry<String, JsonNode> stage = stages.next();
            seconds += stage.getKey().startsWith(prefix) ? stage.getValue().asDouble() : 0;
        }
        return seconds;
    }

    private void growthRow(String figure, Function<String, String> cell) {
        out.append("| ").append(figure);
        results.node("scale").fieldNames().forEachRemaining(label -> out.append(" | ")
                .append(cell.apply("scale." + label + ".")));
        out.append(" |\n");
    }

    private void row(String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private String setting(String name) {
        return results.node("run.settings").get(name).asText();
    }

    private String rate(String key) {
        double value = results.get(key);
        return Double.isNaN(value) ? "not measured" : count(value) + "/s";
    }

    private String millis(String key) {
        double value = results.get(key);
        return Double.isNaN(value) ? "not measured" : number(value) + " ms";
    }

    private String seconds(String key) {
        double value = results.get(key);
        return Double.isNaN(value) ? "not measured" : number(value) + " s";
    }

    private String ratio(String key) {
        return ratio(results.get(key));
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Whether the value reaches the target: at least it when {@code higherIsBetter}, else at most it. */
    private static String met(double value, double target, boolean higherIsBetter) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return (higherIsBetter ? value >= target : value <= target) ? "yes" : "**no**";
    }

    private static String count(double value) {
        return Double.isNaN(value) ? "not measured" : String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** Three significant digits at most, thousands separated. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return Math.abs(value) >= 100 ? count(value) : String.format(Locale.ROOT, "%.3g", value)
                .replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private String count(String value) {
        return count(Double.parseDouble(value));
    }
}
