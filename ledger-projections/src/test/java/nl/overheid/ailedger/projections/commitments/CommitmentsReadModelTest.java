package nl.overheid.ailedger.projections.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentRegistered;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.DueDateChanged;
import nl.overheid.ailedger.core.api.commitment.Fulfilled;
import nl.overheid.ailedger.core.api.commitment.Kamerstuk;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.ProgressReported;
import nl.overheid.ailedger.projections.ReadModelDatabase;
import nl.overheid.ailedger.projections.history.EventHistory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commitments read model on its own, on real H2 files: a motie from adoption to fulfilment, read back as of
 * moments in both times, the way the report to the Kamer reads it.
 */
class CommitmentsReadModelTest {

    private static final String ID = "motie-26643-1003";
    private static final Instant ADOPTED = Instant.parse("2023-04-11T00:00:00Z");
    private static final Instant PROGRESS = Instant.parse("2023-10-02T09:00:00Z");
    private static final Instant MOVED = Instant.parse("2023-12-01T09:00:00Z");
    private static final Instant FULFILLED = Instant.parse("2024-03-18T09:00:00Z");
    private static final Instant LATE = Instant.parse("2024-02-15T09:00:00Z");

    @TempDir
    Path directory;

    private ReadModelDatabase database;
    private CommitmentsProjection projection;
    private CommitmentQueries commitments;
    private long sequence;

    @BeforeEach
    void openTheReadModel() {
        database = new ReadModelDatabase(directory);
        EventHistory<CommitmentEvent> history = CommitmentHistory.of(database.jdbc());
        projection = new CommitmentsProjection(history);
        commitments = new CommitmentQueries(history, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"),
                ZoneOffset.UTC));
        record(new CommitmentRegistered(ID, CommitmentKind.MOTIE, "Kamerstukken 2022/23 26 643, nr. 1003",
                new Kamerstuk("2022-2023", "26 643", "1003"), "Integrale visie op generatieve AI",
                List.of("Dekker-Abdulaziz", "Rajkowski"), PartialDate.parse("2023-04-11"), null,
                PartialDate.parse("2024-01-31"), "00000001003214345000", null, ActionLine.SAMENWERKEN,
                List.of("2024-01-12-beslisnota-visie-generatieve-ai.txt"), ADOPTED), ADOPTED);
        record(new ProgressReported(ID, "Visie in voorbereiding", null, PROGRESS, null), PROGRESS);
        record(new DueDateChanged(ID, PartialDate.parse("2024-01"), "De visie volgt in januari", MOVED), MOVED);
        record(new Fulfilled(ID, "Kamerbrief visie", FULFILLED, null), FULFILLED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void showsEachMomentWithWhatWasRecordedAndHadOccurredByThen() {
        assertThat(at(PROGRESS, null).state().status()).isEqualTo(CommitmentStatus.OPENSTAAND);
        assertThat(at(PROGRESS, null).events()).hasSize(2);
        assertThat(at(MOVED, null).state().dueDate()).isEqualTo(PartialDate.parse("2024-01"));
        assertThat(at(null, null).state().status()).isEqualTo(CommitmentStatus.VOLDAAN);
        assertThat(at(null, null).state().version()).isEqualTo(3);
        assertThat(at(null, null).lastRecordedAt()).isEqualTo(FULFILLED);
        assertThat(commitments.commitment(ID, ADOPTED.minusSeconds(1), null)).isEmpty();
    }

    @Test
    void isOverdueOnlyWhileOpenAfterTheWholeDuePeriod() {
        assertThat(at(LATE, null).overdue()).as("open after January 2024").isTrue();
        assertThat(at(LATE, Instant.parse("2024-01-31T12:00:00Z")).overdue()).as("still in January").isFalse();
        assertThat(at(null, null).overdue()).as("fulfilled").isFalse();
    }

    @Test
    void listsWhatMatchesTheFilterAtTheMoment() {
        CommitmentFilter overdue = new CommitmentFilter(null, CommitmentKind.MOTIE, ActionLine.SAMENWERKEN, true);
        assertThat(commitments.commitments(LATE, LATE, overdue)).hasSize(1);
        assertThat(commitments.commitments(null, null, overdue)).isEmpty();
        assertThat(commitments.commitments(null, null, new CommitmentFilter(CommitmentStatus.VOLDAAN, null, null,
                null))).extracting(commitment -> commitment.state().commitmentId()).containsExactly(ID);
    }

    private RegisteredCommitment at(Instant asOf, Instant validAt) {
        return commitments.commitment(ID, asOf, validAt).orElseThrow();
    }

    private void record(CommitmentEvent event, Instant recordedAt) {
        projection.on(event, GenericEventMessage.asEventMessage(event), sequence++, recordedAt);
    }
}
