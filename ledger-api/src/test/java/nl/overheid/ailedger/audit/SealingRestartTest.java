package nl.overheid.ailedger.audit;

import static nl.overheid.ailedger.audit.Auditor.hash;
import static nl.overheid.ailedger.audit.Auditor.hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.overheid.ailedger.LedgerApplication;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.core.integrity.MerkleVerifier;
import nl.overheid.ailedger.projections.sealing.SealingProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ledger is stopped and started again on the same data directory; the sealed history goes on where it was. */
class SealingRestartTest {

    private static final String ADMIN = "dev-admin-token";

    private final Map<String, String> storage = TestStorage.fresh();
    private final Path dataDir = TestStorage.dataDir(storage);

    private ConfigurableApplicationContext startLedger() {
        return new SpringApplicationBuilder(LedgerApplication.class).run(TestStorage.asArguments(storage,
                "--server.port=0", "--ledger.sealing.checkpoint-interval=200ms"));
    }

    @Test
    void continuesTheSealedTreeFromItsTokenWithTheSameKeyAndNeverReplaysIt() throws IOException {
        JsonNode before;
        List<ObjectNode> journalBefore;
        try (ConfigurableApplicationContext ledger = startLedger()) {
            LedgerClient client = client(ledger);
            Auditor.recordApplication(client, ADMIN);
            Auditor auditor = new Auditor(client, ADMIN);
            before = auditor.awaitCheckpoint(Auditor.storedEvents(ledger.getBean(JdbcTemplate.class)));
            journalBefore = auditor.journal();
        }
        Path keyFile = SealingConfiguration.defaultKeyFile(dataDir.toAbsolutePath().normalize());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        try (ConfigurableApplicationContext ledger = startLedger()) {
            LedgerClient client = client(ledger);
            Auditor auditor = new Auditor(client, ADMIN);
            Auditor.recordApplication(client, ADMIN);
            long total = Auditor.storedEvents(ledger.getBean(JdbcTemplate.class));
            JsonNode after = auditor.awaitCheckpoint(total);
            long beforeSize = before.get("treeSize").asLong();

            assertThat(after.get("treeSize").asLong()).isEqualTo(total).isGreaterThan(beforeSize);
            assertThat(after.get("keyId")).isEqualTo(before.get("keyId"));
            List<ObjectNode> journal = auditor.journal();
            assertThat(journal).extracting(line -> line.get("sequence").asLong())
                    .containsExactlyElementsOf(LongStream.range(0, total).boxed().toList());
            assertThat(journal.subList(0, journalBefore.size())).isEqualTo(journalBefore);
            assertThat(journal).extracting(line -> line.get("eventId").asText())
                    .containsExactlyInAnyOrderElementsOf(ledger.getBean(JdbcTemplate.class)
                            .queryForList("SELECT event_identifier FROM domain_event_entry", String.class));
            JsonNode consistency = auditor.json("/consistency?from=" + beforeSize + "&to=" + total);
            assertThat(MerkleVerifier.verifyConsistency(beforeSize, total, hash(before.get("rootHash")),
                    hash(after.get("rootHash")), hashes(consistency.get("proof")))).isTrue();
            assertThat(auditor.json("/checkpoints").get("items").get(0).get("treeSize").asLong())
                    .isLessThanOrEqualTo(beforeSize);
            assertThat(auditor.json("/verification").get("ok").asBoolean()).isTrue();
            assertRefusesReplay(ledger);
        }
    }

    private static void assertRefusesReplay(ConfigurableApplicationContext ledger) {
        StreamingEventProcessor sealing = ledger.getBean(EventProcessingConfiguration.class)
                .eventProcessor(SealingProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        assertThat(sealing.supportsReset()).isFalse();
        assertThatThrownBy(sealing::resetTokens).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not support a reset");
    }

    private static LedgerClient client(ConfigurableApplicationContext ledger) {
        int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
        return new LedgerClient("http://localhost:" + port);
    }
}
