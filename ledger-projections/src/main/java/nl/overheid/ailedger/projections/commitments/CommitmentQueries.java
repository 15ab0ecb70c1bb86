package nl.overheid.ailedger.projections.commitments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.overheid.ailedger.core.api.commitment.CommitmentEvent;
import nl.overheid.ailedger.projections.Awaiting;
import nl.overheid.ailedger.projections.history.EventHistory;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.history.ReadMoment;
import org.springframework.stereotype.Service;

/**
 * Answers about commitments on any moment: a fold of each commitment's own events in the commitments' history,
 * recorded by {@code asOf} (default now) and occurred by {@code validAt} (default {@code asOf}). A commitment is
 * overdue when it is open and the whole period of its due date lies before the day (UTC) of {@code validAt}.
 */
@Service
public class CommitmentQueries {

    private final EventHistory<CommitmentEvent> history;
    private final Clock clock;

    CommitmentQueries(EventHistory<CommitmentEvent> history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The commitments that match, ordered by id. */
    public List<RegisteredCommitment> commitments(Instant asOf, Instant validAt, CommitmentFilter filter) {
        ReadMoment moment = ReadMoment.of(asOf, validAt, clock);
        Map<String, List<HistoryEvent>> perCommitment = new LinkedHashMap<>();
        history.everyEntityAt(moment)
                .forEach(row -> perCommitment.computeIfAbsent(row.entityId(), id -> new ArrayList<>()).add(row));
        return perCommitment.values().stream()
                .flatMap(rows -> folded(rows, moment).stream())
                .filter(filter::matches)
                .toList();
    }

    public Optional<RegisteredCommitment> commitment(String commitmentId, Instant asOf, Instant validAt) {
        ReadMoment moment = ReadMoment.of(asOf, validAt, clock);
        return folded(history.at(commitmentId, moment), moment);
    }

    /**
     * Waits until the read model shows an event the ledger has stored, so that a client that was told
     * "created" reads its own write. False when the projection did not catch up in time.
     */
    public boolean awaitProjected(String commitmentId, long sequence, Duration timeout) {
        return Awaiting.until(() -> history.isRecorded(commitmentId, sequence), timeout);
    }

    private Optional<RegisteredCommitment> folded(List<HistoryEvent> rows, ReadMoment moment) {
        if (rows.isEmpty() || rows.get(0).sequence() != 0) {
            return Optional.empty();
        }
        return Optional.of(RegisteredCommitment.of(rows.stream().map(row -> new RegisteredCommitment.Recorded(
                row.sequence(), row.eventId(), row.recordedAt(), history.decode(row))).toList(),
                LocalDate.ofInstant(moment.validAt(), ZoneOffset.UTC)));
    }
}
