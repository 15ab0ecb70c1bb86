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

import nl.overheid.ailedger.projections.Awaiting;
import org.springframework.stereotype.Service;

/**
 * Answers about commitments on any moment: a fold of each commitment's own event rows, recorded by
 * {@code asOf} (default now) and occurred by {@code validAt} (default {@code asOf}). A commitment is overdue
 * when it is open and the whole period of its due date lies before the day (UTC) of {@code validAt}.
 */
@Service
public class CommitmentQueries {

    private final CommitmentStore store;
    private final CommitmentCodec codec;
    private final Clock clock;

    CommitmentQueries(CommitmentStore store, CommitmentCodec codec, Clock clock) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
    }

    /** The commitments that match, ordered by id. */
    public List<RegisteredCommitment> commitments(Instant asOf, Instant validAt, CommitmentFilter filter) {
        Moment moment = Moment.of(asOf, validAt, clock);
        Map<String, List<StoredCommitmentEvent>> perCommitment = new LinkedHashMap<>();
        store.events(moment.knownAt(), moment.trueAt())
                .forEach(row -> perCommitment.computeIfAbsent(row.commitmentId(), id -> new ArrayList<>()).add(row));
        return perCommitment.values().stream()
                .flatMap(rows -> folded(rows, moment).stream())
                .filter(filter::matches)
                .toList();
    }

    public Optional<RegisteredCommitment> commitment(String commitmentId, Instant asOf, Instant validAt) {
        Moment moment = Moment.of(asOf, validAt, clock);
        return folded(store.events(commitmentId, moment.knownAt(), moment.trueAt()), moment);
    }

    /**
     * Waits until the read model shows an event the ledger has stored, so that a client that was told
     * "created" reads its own write. False when the projection did not catch up in time.
     */
    public boolean awaitProjected(String commitmentId, long sequence, Duration timeout) {
        return Awaiting.until(() -> store.isProjected(commitmentId, sequence), timeout);
    }

    private Optional<RegisteredCommitment> folded(List<StoredCommitmentEvent> rows, Moment moment) {
        if (rows.isEmpty() || rows.get(0).sequence() != 0) {
            return Optional.empty();
        }
        return Optional.of(RegisteredCommitment.of(rows.stream().map(row -> new RegisteredCommitment.Recorded(
                row.sequence(), row.eventId(), row.recordedAt(), codec.decode(row))).toList(), moment.day()));
    }

    /** The moments of a question: what was known at {@code knownAt}, of what was true at {@code trueAt}. */
    private record Moment(Instant knownAt, Instant trueAt) {

        static Moment of(Instant asOf, Instant validAt, Clock clock) {
            Instant knownAt = asOf == null ? clock.instant() : asOf;
            return new Moment(knownAt, validAt == null ? knownAt : validAt);
        }

        LocalDate day() {
            return LocalDate.ofInstant(trueAt, ZoneOffset.UTC);
        }
    }
}
