package nl.overheid.ailedger.algoritmeregister;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import nl.overheid.ailedger.command.LedgerCommands;
import nl.overheid.ailedger.command.StoredEvents;
import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.algoritmeregister.GenerativeAiKeywords;
import nl.overheid.ailedger.core.algoritmeregister.ImportPlan;
import nl.overheid.ailedger.core.algoritmeregister.ImportPlanner;
import nl.overheid.ailedger.core.algoritmeregister.LayerRules;
import nl.overheid.ailedger.core.algoritmeregister.RemovalThreshold;
import nl.overheid.ailedger.core.algoritmeregister.SeenRegistration;
import nl.overheid.ailedger.core.algoritmeregister.Snapshot;
import nl.overheid.ailedger.core.algoritmeregister.SnapshotFile;
import nl.overheid.ailedger.core.algoritmeregister.SnapshotReader;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.web.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes snapshots of the Algoritmeregister into the ledger as dated events. A snapshot is imported all or
 * nothing: it is checked whole first, then every command is sent inside one transaction, which Axon's command
 * bus and event store join, so that a failure of any command leaves no event and no bookkeeping behind. A
 * registration that conflicts with the ledger is held back and named in the answer; a snapshot that would remove more
 * of the register than the threshold is imported only when the administrator confirms the number.
 * Snapshots are taken in date order: one older than the last imported is refused; the same one again
 * changes nothing.
 */
@Service
public class AlgoritmeregisterImport {

    /** The actor of imports that no credential asked for: the command line and the demo data. */
    public static final String SYSTEM_ACTOR = "system:algoritmeregister-import";
    private static final String SHIPPED = "classpath:demo/algoritmeregister/*.json";
    private static final Logger LOG = LoggerFactory.getLogger(AlgoritmeregisterImport.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ImportPlanner planner = new ImportPlanner(GenerativeAiKeywords.standard(), LayerRules.standard());
    private final RemovalThreshold removals;
    private final ImportBookkeeping bookkeeping;
    private final StoredEvents stored;
    private final LedgerCommands commands;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    AlgoritmeregisterImport(ImportBookkeeping bookkeeping, StoredEvents stored, LedgerCommands commands,
                            PlatformTransactionManager transactionManager, Clock clock, LedgerProperties properties) {
        this.removals = new RemovalThreshold(properties.imports().removalThreshold());
        this.bookkeeping = bookkeeping;
        this.stored = stored;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Imports one snapshot file as it was on {@code snapshotDate}.
     *
     * @param confirmedRemovals how many removals the administrator confirmed, for a snapshot that removes more than
     *                          the threshold share of the register; null when none
     */
    public ImportResult importSnapshot(LocalDate snapshotDate, byte[] file, String actor, Integer confirmedRemovals) {
        return importSnapshot(SnapshotReader.read(file).on(snapshotDate), actor, confirmedRemovals);
    }

    /**
     * Imports snapshot files in the order of their dates, each in its own transaction. Every file is read and
     * checked before the first is imported; the first failure stops the rest.
     */
    public List<ImportResult> importInDateOrder(List<SnapshotFile> files, String actor, ImportListener listener) {
        record Dated(SnapshotFile file, Snapshot snapshot) {
        }
        List<Dated> inOrder = files.stream().map(file -> new Dated(file, file.snapshot()))
                .sorted(Comparator.comparing(dated -> dated.snapshot().date()))
                .toList();
        List<ImportResult> results = new ArrayList<>();
        for (Dated dated : inOrder) {
            long start = System.nanoTime();
            ImportResult result = importSnapshot(dated.snapshot(), actor, null);
            listener.imported(dated.file(), result, Duration.ofNanos(System.nanoTime() - start));
            results.add(result);
        }
        return results;
    }

    /**
     * Imports the snapshots shipped with the ledger as demonstration data ({@code demo/algoritmeregister}),
     * into a ledger that has imported no later snapshot.
     */
    public List<ImportResult> importShippedSnapshots() {
        return importInDateOrder(shippedSnapshots(), SYSTEM_ACTOR, (file, result, took) -> {
            // each import is logged already
        });
    }

    static List<SnapshotFile> shippedSnapshots() {
        try {
            List<SnapshotFile> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SHIPPED)) {
                files.add(new SnapshotFile(resource.getFilename(), resource.getContentAsByteArray()));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped snapshots " + SHIPPED, e);
        }
    }

    /**
     * A registration that conflicts with what the ledger holds (an application of the same id registered by an
     * organisation, a step the history cannot take) is held back: the import is tried again without it, and the answer
     * names it, so that one record does not stop the import for everyone and the administrator can decide.
     */
    ImportResult importSnapshot(Snapshot snapshot, String actor, Integer confirmedRemovals) {
        if (snapshot.date().isAfter(LocalDate.now(clock.withZone(PolicyCatalogue.POLICY_ZONE)))) {
            throw new InvalidRequestException("snapshotDate", "lies in the future");
        }
        oneAtATime.lock();
        try {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            List<HeldBack> heldBack = new ArrayList<>();
            ImportResult result = null;
            while (result == null) {
                try {
                    result = transactions.execute(status -> importWithin(snapshot, actor, confirmedRemovals, heldBack));
                } catch (RecordConflict conflict) {
                    LOG.warn("Holding back {} of the Algoritmeregister of {}: {}", conflict.heldBack.registerId(),
                            snapshot.date(), conflict.heldBack.reason());
                    heldBack.add(conflict.heldBack);
                }
            }
            // The time on the CPU next to the elapsed time tells a slow import from a busy machine.
            LOG.info("Imported the Algoritmeregister of {} in {} ms ({} ms on the CPU): {}", snapshot.date(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis(),
                    Duration.ofNanos(CPU.getCurrentThreadCpuTime() - cpuStart).toMillis(), result);
            return result;
        } finally {
            oneAtATime.unlock();
        }
    }

    private ImportResult importWithin(Snapshot snapshot, String actor, Integer confirmedRemovals,
                                      List<HeldBack> heldBack) {
        bookkeeping.lastSnapshotDate().filter(last -> snapshot.date().isBefore(last)).ifPresent(last -> {
            throw new LifecycleConflictException("the snapshot of " + snapshot.date()
                    + " is older than the last one imported, of " + last);
        });
        Map<String, SeenRegistration> previous = bookkeeping.registrations();
        ImportPlan plan = planner.plan(snapshot, previous, bookkeeping.organisationIdsByKey(),
                stored.organisations(), heldBack.stream().map(HeldBack::registerId).collect(Collectors.toSet()));
        removals.check(plan.counts().removed(), previous.values(), confirmedRemovals);
        CommandMetadata sender = CommandMetadata.actingForAll(actor);
        for (ImportPlan.Step step : plan.steps()) {
            try {
                commands.sendWithinTransaction(step.command(), sender);
            } catch (LifecycleConflictException conflict) {
                throw new RecordConflict(HeldBack.of(step.registerId(), snapshot, conflict.getMessage()));
            }
        }
        bookkeeping.save(plan);
        Instant importedAt = clock.instant();
        bookkeeping.recordImport(snapshot.date(), importedAt, actor, snapshot.records().size(), plan.counts());
        return ImportResult.of(snapshot.date(), plan.counts(), List.copyOf(heldBack), importedAt);
    }

    /** Rolls the import's transaction back, so that it can be tried again without the registration. */
    private static final class RecordConflict extends RuntimeException {

        private final transient HeldBack heldBack;

        RecordConflict(HeldBack heldBack) {
            super(heldBack.reason(), null, false, false);
            this.heldBack = heldBack;
        }
    }
}
