package nl.overheid.ailedger.algoritmeregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.overheid.ailedger.core.algoritmeregister.Snapshot;
import nl.overheid.ailedger.core.algoritmeregister.SnapshotFile;

class ShippedSnapshotsTest {

    @Test
    void shipsTwoRealSnapshotsThatImportAsTheyAre() {
        List<Snapshot> snapshots = AlgoritmeregisterImport.shippedSnapshots().stream().map(SnapshotFile::snapshot)
                .toList();
        assertThat(snapshots).extracting(Snapshot::date).containsExactlyInAnyOrder(LocalDate.parse("2026-05-13"),
                LocalDate.parse("2026-06-30"));
        assertThat(snapshots).allSatisfy(snapshot -> assertThat(snapshot.records()).hasSizeGreaterThan(1_400));
    }
}
