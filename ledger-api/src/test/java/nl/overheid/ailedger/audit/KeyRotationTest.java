package nl.overheid.ailedger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.SigningKeys;
import nl.overheid.ailedger.projections.sealing.SealingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator gives the ledger a new signing key: it signs from the next checkpoint on, and every checkpoint signed
 * before keeps verifying under the key that signed it, online and offline. A node left with the old key signs nothing.
 */
class KeyRotationTest {

    private static final String ADMIN = "dev-admin-token";

    @TempDir
    Path dir;

    @Test
    void checkpointsSignedBeforeAndAfterARotationVerifyOnlineAndOffline() throws IOException {
        Map<String, String> storage = new LinkedHashMap<>(TestStorage.fresh());
        storage.put("ledger.sealing.checkpoint-interval", "200ms");
        Path firstKey = dir.resolve("first.pem");
        Path secondKey = dir.resolve("second.pem");
        SigningKeys.save(Ed25519.generateKeyPair(), firstKey);
        SigningKeys.save(Ed25519.generateKeyPair(), secondKey);

        String firstPublicKey;
        long rotatedAt;
        try (RunningLedger ledger = start(storage, firstKey)) {
            firstPublicKey = ledger.bean(SealingKey.class).publicKey();
            rotatedAt = record(ledger).get("treeSize").asLong();
        }
        try (RunningLedger ledger = start(storage, secondKey)) {
            JsonNode latest = record(ledger);
            Auditor auditor = new Auditor(ledger.client(), ADMIN);
            assertThat(latest.get("publicKey").asText()).isEqualTo(ledger.bean(SealingKey.class).publicKey());

            JsonNode keys = ledger.client().get("/api/v1/audit/keys", null).json().get("items");
            assertThat(keys).hasSize(2);
            assertThat(keys.get(0).get("fromTreeSize").asLong()).as("the new key, first").isEqualTo(rotatedAt + 1);
            assertThat(keys.get(1).get("fromTreeSize").asLong()).isZero();
            assertThat(auditor.json("/verification").get("ok").asBoolean()).isTrue();

            Path keysFile = Files.writeString(dir.resolve("keys.json"),
                    ledger.client().get("/api/v1/audit/keys", null).body());
            assertThat(auditor.verifyOffline(dir, "--keys", keysFile.toString())).startsWith("0 VERIFIED");
            assertThat(auditor.verifyOffline(dir, "--public-key", firstPublicKey))
                    .startsWith("1 FAILED").contains("is not validly signed by a trusted key");
        }
        try (RunningLedger ledger = start(storage, firstKey)) {
            long before = new Auditor(ledger.client(), ADMIN).json("/checkpoints/latest").get("treeSize").asLong();
            Auditor.recordApplication(ledger.client(), ADMIN);
            pause(Duration.ofSeconds(2));
            assertThat(new Auditor(ledger.client(), ADMIN).json("/checkpoints/latest").get("treeSize").asLong())
                    .as("the key of before the rotation signs no more").isEqualTo(before);
        }
    }

    private static RunningLedger start(Map<String, String> storage, Path key) {
        Map<String, String> withKey = new LinkedHashMap<>(storage);
        withKey.put("ledger.sealing.key-path", key.toString());
        return RunningLedger.start(withKey);
    }

    /** Records an application and answers the checkpoint that covers it. */
    private static JsonNode record(RunningLedger ledger) {
        Auditor.recordApplication(ledger.client(), ADMIN);
        return new Auditor(ledger.client(), ADMIN)
                .awaitCheckpoint(Auditor.storedEvents(ledger.bean(JdbcTemplate.class)));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
