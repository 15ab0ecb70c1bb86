package nl.overheid.ailedger.core.algoritmeregister;

import java.time.LocalDate;
import java.util.List;

/** A whole snapshot of the Algoritmeregister, as it was on {@code date}. */
public record Snapshot(LocalDate date, List<RegisterRecord> records) {

    public Snapshot {
        records = List.copyOf(records);
    }
}
