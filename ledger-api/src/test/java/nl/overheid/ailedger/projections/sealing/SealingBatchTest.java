package nl.overheid.ailedger.projections.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.TestStorage;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The events of one processing batch are sealed together when it commits: in delivery order, each once, and not at all
 * when one of them is not in the store. The batches are handed to the projection here, with the sealing processor
 * stopped, so that the test chooses what a batch holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SealingBatchTest {

    private static final String ADMIN = "dev-admin-token";

    @LocalServerPort
    private int port;

    @Autowired
    private SealingProjection projection;

    @Autowired
    private SealingStore store;

    @Autowired
    private JournalVerification verification;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private TransactionManager transactions;

    @Autowired
    private JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownLedger(DynamicPropertyRegistry registry) {
        TestStorage.fresh().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Has sealing seal an organisation's events, stops it, then records two organisations that it does not seal. */
    @BeforeEach
    void stopSealingAndRecordUnsealedEvents() throws InterruptedException {
        StreamingEventProcessor sealing = processing
                .eventProcessor(SealingProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        if (sealing.isRunning()) {
            recordOrganisation();
            for (int wait = 0; store.sealingLag() > 0; wait++) {
                assertThat(wait).as("sealing lag").isLessThan(300);
                Thread.sleep(100);
            }
            sealing.shutDown();
        }
        recordOrganisation();
        recordOrganisation();
    }

    @Test
    void sealsABatchInDeliveryOrderAndLeavesSealedEventsAsTheyAre() {
        List<String> unsealed = unsealedEvents();
        assertThat(unsealed).hasSizeGreaterThanOrEqualTo(2);
        String alreadySealed = sealedEventsFrom(0).get(0);
        long sizeBefore = store.treeHead().treeSize();
        List<String> deliveryOrder = new ArrayList<>(unsealed);
        Collections.reverse(deliveryOrder);

        List<String> batch = new ArrayList<>(deliveryOrder);
        batch.add(1, alreadySealed);
        batch.add(deliveryOrder.get(0));
        inOneBatch(batch);

        assertThat(sealedEventsFrom(sizeBefore)).containsExactlyElementsOf(deliveryOrder);
        assertThat(sealedEventsFrom(0).get(0)).isEqualTo(alreadySealed);
        assertThat(store.treeHead().treeSize()).isEqualTo(sizeBefore + unsealed.size());
        assertThat(verification.verify().ok()).isTrue();

        TreeHead sealedHead = store.treeHead();
        inOneBatch(List.of(alreadySealed, deliveryOrder.get(0)));
        assertThat(store.treeHead()).isEqualTo(sealedHead);
    }

    @Test
    void aBatchWithAnEventMissingFromTheStoreSealsNone() {
        TreeHead before = store.treeHead();
        List<String> unsealed = unsealedEvents();

        assertThatThrownBy(() -> inOneBatch(List.of(unsealed.get(0), "no-such-event")))
                .hasMessageContaining("event no-such-event was delivered but is not in the event store");

        assertThat(store.treeHead()).isEqualTo(before);
        assertThat(unsealedEvents()).isEqualTo(unsealed);
    }

    private void recordOrganisation() {
        new LedgerClient("http://localhost:" + port)
                .createOrganisation(ADMIN, "org-" + UUID.randomUUID().toString().substring(0, 8), "GEMEENTE");
    }

    private void inOneBatch(List<String> eventIds) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        batch.attachTransaction(transactions);
        batch.execute(() -> eventIds.forEach(eventId -> projection.on(new GenericEventMessage<>(eventId, new Object(), Map.of(), Instant.now()))));
    }

    private List<String> unsealedEvents() {
        return jdbc.queryForList("""
                SELECT event_identifier FROM domain_event_entry
                 WHERE global_index NOT IN (SELECT global_index FROM sealed_leaf) ORDER BY global_index""",
                String.class);
    }

    private List<String> sealedEventsFrom(long sequence) {
        return jdbc.queryForList("""
                SELECT e.event_identifier FROM sealed_leaf l JOIN domain_event_entry e ON e.global_index = l.global_index
                 WHERE l.ledger_sequence >= ? ORDER BY l.ledger_sequence""", String.class, sequence);
    }
}
