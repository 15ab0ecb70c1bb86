package nl.overheid.ailedger.core.algoritmeregister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a snapshot file holds: its registrations, and when it was fetched (null when the file does not say). */
public record SnapshotContent(List<RegisterRecord> records, Instant fetchedAt) {

    public Snapshot on(LocalDate date) {
        return new Snapshot(date, records);
    }
}
