package nl.overheid.ailedger.algoritmeregister;

import java.time.LocalDate;
import java.util.List;

/** A whole snapshot of the Algoritmeregister, as it was on {@code date}. */
record Snapshot(LocalDate date, List<RegisterRecord> records) {

    Snapshot {
        records = List.copyOf(records);
    }
}
