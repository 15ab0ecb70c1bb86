package nl.overheid.ailedger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import nl.overheid.ailedger.LedgerClient;
import nl.overheid.ailedger.RunningLedger;
import nl.overheid.ailedger.TestStorage;
import nl.overheid.ailedger.core.api.policy.RuleId;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;

/**
 * What an operator scrapes from a freshly started ledger: its own counters from the first moment, at zero, and
 * Axon's metrics of the command bus, the event store and every processor in the same registry; and Axon's units of
 * work in Spring's transactions, which the metrics and every read model rest on.
 */
class ObservabilityTest {

    private static final String ADMIN = "dev-admin-token";

    @Test
    void showsItsOwnCountersAtZeroFromStartUpAndAxonsMetricsOnceWorkIsDone() {
        try (RunningLedger ledger = RunningLedger.start(TestStorage.fresh())) {
            LedgerClient client = ledger.client();
            String fresh = client.get("/actuator/prometheus", ADMIN).body();
            assertThat(fresh).contains("ledger_commands_total{application=\"ai-governance-ledger\","
                    + "command=\"MoveToProduction\",outcome=\"refused\"} 0.0");
            Arrays.stream(RuleId.values()).forEach(rule -> assertThat(fresh).contains(
                    "ledger_policy_refusals_total{application=\"ai-governance-ledger\",rule=\"" + rule + "\"} 0.0"));

            client.createOrganisation(ADMIN, "gemeente-meetbaar", "GEMEENTE");
            String working = client.get("/actuator/prometheus", ADMIN).body();
            assertThat(working).contains("axon_command_bus_all_timer_seconds_count{application=\"ai-governance-ledger\","
                    + "payload_type=\"RegisterOrganisation\"} 1", "axon_event_store_ingested_total",
                    "ledger_commands_total{application=\"ai-governance-ledger\",command=\"RegisterOrganisation\","
                            + "outcome=\"accepted\"} 1.0");
            for (String processor : new String[] {"register", "commitments", "sealing"}) {
                assertThat(working).contains("axon_event_processor_latency{application=\"ai-governance-ledger\","
                        + "processor_name=\"" + processor + "\"}");
            }
        }
    }

    /** On H2 and, in the postgres suite, on PostgreSQL: the two storages get their DataSource differently. */
    @Test
    void runsAxonInSpringsTransactionsWithItsTokensInTheDatabase() {
        try (RunningLedger ledger = RunningLedger.start(TestStorage.fresh())) {
            assertThat(ledger.bean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
            assertThat(ledger.bean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        }
    }
}
