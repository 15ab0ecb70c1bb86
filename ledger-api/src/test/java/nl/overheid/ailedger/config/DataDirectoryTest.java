package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store holds every event in plain form: only the ledger's own account may read it. */
class DataDirectoryTest {

    @Test
    void aDataDirectoryTheLedgerCreatesAndItsStoreAreForItsOwnAccountOnly(@TempDir Path parent) throws IOException {
        assumeFalse(TestStorage.onPostgres(), "the H2 files of the embedded default");
        Path dir = parent.resolve("nieuw").resolve("data");
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.data-dir", dir.toString());
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ledger.mv.db"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sealing-key.pem"))))
                    .isEqualTo("rw-------");
        }
    }
}
