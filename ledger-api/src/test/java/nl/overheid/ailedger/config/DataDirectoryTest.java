package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import nl.overheid.ailedger.core.integrity.SigningKeys;
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
            Path keyDir = parent.resolve("nieuw").resolve("data-keys");
            assertThat(dir.resolve("sealing-key.pem")).as("the signing key is not in the data directory")
                    .doesNotExist();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyDir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyDir.resolve("sealing-key.pem"))))
                    .isEqualTo("rw-------");
        }
    }

    /** A store of an earlier release holds its signing key: the ledger moves it to a directory of its own. */
    @Test
    void aKeyAnEarlierReleaseKeptInTheDataDirectoryMovesOutAndKeepsSigning(@TempDir Path parent) throws IOException {
        assumeFalse(TestStorage.onPostgres(), "the H2 files of the embedded default");
        Path dir = Files.createDirectory(parent.resolve("data"));
        KeyPair earlierKey = Ed25519.generateKeyPair();
        SigningKeys.save(earlierKey, dir.resolve("sealing-key.pem"));
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.data-dir", dir.toString());
        try (RunningLedger ledger = RunningLedger.start(storage)) {
            assertThat(dir.resolve("sealing-key.pem")).doesNotExist();
            assertThat(Ed25519.encodePublicKey(SigningKeys.load(parent.resolve("data-keys").resolve("sealing-key.pem"))
                    .getPublic())).isEqualTo(Ed25519.encodePublicKey(earlierKey.getPublic()));
            assertThat(ledger.client().get("/api/v1/audit/keys", null).json().at("/items/0/vkey").asText())
                    .isEqualTo(NoteVerifierKey.of("localhost/ai-governance-ledger", earlierKey.getPublic()).vkey());
        }
    }
}
