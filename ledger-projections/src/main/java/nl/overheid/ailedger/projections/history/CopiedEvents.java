package nl.overheid.ailedger.projections.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A history keeps a copy of an aggregate's events (the register's, the commitments') that is compared
 * with the event store, whose events the sealed journal covers: a row that was changed, added or removed by hand
 * is a finding. Events are compared as the ledger reads them, after upcasting, so a row written in an older shape
 * still equals its event.
 */
final class CopiedEvents {

    private CopiedEvents() {
    }

    /**
     * What differs between the copy in {@code table} and the stored events of one aggregate. The copy is read before
     * the stored events, so that an event stored in between is never taken for one the copy invented.
     *
     * @param completeUpTo the read model must hold every event recorded by then (its processor had caught up);
     *                     null when it need not
     */
    static List<String> compare(String table, String aggregateId, List<Copied> copy, List<Copied> stored,
                                       Instant completeUpTo) {
        Map<Long, Copied> byStore = stored.stream().collect(Collectors.toMap(Copied::sequence, Function.identity()));
        List<String> findings = new ArrayList<>();
        for (Copied row : copy) {
            Copied event = byStore.remove(row.sequence());
            if (event == null) {
                findings.add(table + ": event " + row.sequence() + " of " + aggregateId
                        + " is not in the event store");
            } else if (!row.equals(event)) {
                findings.add(table + ": event " + row.sequence() + " of " + aggregateId
                        + " differs from the event store");
            }
        }
        if (completeUpTo != null) {
            byStore.values().stream().filter(event -> !event.recordedAt().isAfter(completeUpTo))
                    .map(Copied::sequence).sorted().forEach(sequence -> findings.add(table + ": event " + sequence
                            + " of " + aggregateId + " is in the event store but not in the read model"));
        }
        return findings;
    }

    /** An event as both sides know it: its number, id, moment of recording, type, who sent it, and its payload. */
    record Copied(long sequence, String eventId, Instant recordedAt, String type, String actor,
                         Object payload) {

        Copied {
            Objects.requireNonNull(payload, "payload");
        }
    }
}
