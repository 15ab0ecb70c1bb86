package nl.overheid.ailedger.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concurrent commands share a commit, each is answered only once its own writes are committed, and a refused command
 * (its unit of work rolled back to its savepoint) or a failed commit takes exactly what it should with it. On a real
 * H2 file, as the embedded ledger runs.
 */
class GroupCommitTest {

    @TempDir
    Path directory;

    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicBoolean failNextCommit = new AtomicBoolean();
    private JdbcTemplate jdbc;
    private GroupCommit group;
    private TransactionTemplate unitOfWork;
    private ExecutorService callers;

    @BeforeEach
    void open() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("ledger") + ";WRITE_DELAY=0");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE event (id INT PRIMARY KEY)");
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                if (failNextCommit.getAndSet(false)) {
                    throw new TransactionSystemException("the disk is full");
                }
                super.doCommit(status);
                commits.incrementAndGet();
            }
        };
        // a commit that fails is one the database did not make: what it wrote is rolled back
        transactions.setRollbackOnCommitFailure(true);
        group = new GroupCommit(transactions);
        // a command's unit of work, as AxonWiring makes it: a savepoint in the group's transaction
        unitOfWork = new TransactionTemplate(transactions);
        unitOfWork.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        callers = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        jdbc.execute("SHUTDOWN");
    }

    @Test
    void commandsThatArriveWhileAGroupCommitsShareTheNextCommitAndAreAnsweredOnlyOnceStored() throws Exception {
        CountDownLatch othersQueued = new CountDownLatch(1);
        CompletableFuture<Integer> first = holdingTheGroupUntil(othersQueued);
        List<CompletableFuture<Integer>> others = new ArrayList<>();
        for (int id = 1; id <= 15; id++) {
            int row = id;
            others.add(CompletableFuture.supplyAsync(() -> group.run(() -> insert(row)), callers));
        }
        awaitQueued(15);
        othersQueued.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        for (int id = 1; id <= 15; id++) {
            assertThat(others.get(id - 1).get(10, TimeUnit.SECONDS)).isEqualTo(id);
            assertThat(storedRows()).as("stored, for another connection, once answered").contains(id);
        }
        assertThat(storedRows()).hasSize(16);
        assertThat(commits.get()).as("16 commands, the 15 that waited in one group").isEqualTo(2);
    }

    @Test
    void aRefusedCommandTakesOnlyItsOwnWritesWithIt() throws Exception {
        CountDownLatch othersQueued = new CountDownLatch(1);
        CompletableFuture<Integer> first = holdingTheGroupUntil(othersQueued);
        CompletableFuture<Integer> before = CompletableFuture.supplyAsync(() -> group.run(() -> insert(1)), callers);
        CompletableFuture<Integer> refused = CompletableFuture.supplyAsync(() -> group.run(() -> unitOfWork.execute(
                status -> {
                    insert(2);
                    throw new IllegalArgumentException("refused after writing");
                })), callers);
        CompletableFuture<Integer> after = CompletableFuture.supplyAsync(() -> group.run(() -> insert(3)), callers);
        awaitQueued(3);
        othersQueued.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(before.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo(3);
        assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("refused after writing");
        assertThat(storedRows()).containsExactly(0, 1, 3);
    }

    @Test
    void whenTheCommitFailsNoCommandOfTheGroupIsStoredOrAnsweredAsIfItWere() {
        failNextCommit.set(true);

        assertThatThrownBy(() -> group.run(() -> insert(7))).hasMessageContaining("the disk is full");
        assertThat(storedRows()).isEmpty();
        assertThat(group.run(() -> insert(8))).isEqualTo(8);
        assertThat(storedRows()).containsExactly(8);
    }

    /** A command that holds its group's transaction open until {@code release}; returns once it runs. */
    private CompletableFuture<Integer> holdingTheGroupUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> group.run(() -> {
            running.countDown();
            await(release);
            return insert(0);
        }), callers);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    private void awaitQueued(int commands) throws InterruptedException {
        for (int wait = 0; group.queued() < commands; wait++) {
            assertThat(wait).as("%d commands queued for the next group", commands).isLessThan(1_000);
            Thread.sleep(10);
        }
    }

    private int insert(int id) {
        jdbc.update("INSERT INTO event (id) VALUES (?)", id);
        return id;
    }

    private List<Integer> storedRows() {
        return jdbc.queryForList("SELECT id FROM event ORDER BY id", Integer.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
