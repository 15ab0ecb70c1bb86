package nl.overheid.ailedger.demo;

import java.time.Clock;

import nl.overheid.ailedger.algoritmeregister.AlgoritmeregisterImport;
import nl.overheid.ailedger.command.LedgerCommands;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.Credentials;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills an empty ledger with demonstration data when {@code ledger.demo-data=true} (the embedded default). It
 * sends ordinary commands as the bootstrap admin, so the data passes the same rules as any client's. One
 * method per part; a store that holds any event of an organisation, application or commitment is left alone
 * (the credentials of the configured tokens are recorded at every first start, before it).
 */
@Component
@ConditionalOnProperty(name = "ledger.demo-data", havingValue = "true")
class DemoData {

    static final String BZK = "00000001003214345000";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final LedgerPrincipal ADMIN = new LedgerPrincipal(Credentials.BOOTSTRAP_ADMIN_ID,
            CredentialRole.ADMIN, null, "bootstrap admin");

    private final LedgerCommands commands;
    private final AlgoritmeregisterImport register;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoData(LedgerCommands commands, AlgoritmeregisterImport register, JdbcTemplate jdbc, Clock clock) {
        this.commands = commands;
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!jdbc.queryForList("SELECT 1 FROM domain_event_entry WHERE type IS NOT NULL LIMIT 1", Integer.class)
                .isEmpty()) {
            LOG.info("The ledger holds events already: no demo data is loaded.");
            return;
        }
        LOG.info("Empty ledger: loading demo data (ledger.demo-data=true).");
        try {
            organisations();
            commitments();
            algoritmeregister();
        } catch (LifecycleConflictException loadedElsewhere) {
            LOG.warn("Demo data was loaded at the same time by another node: {}", loadedElsewhere.getMessage());
        }
    }

    private void organisations() {
        send(new RegisterOrganisation(BZK, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                GovernmentLayer.RIJK, clock.instant()));
    }

    private void commitments() {
        DemoCommitments.commands().forEach(this::send);
    }

    /** The real register, as two shipped snapshots (CC0), so that the monitor starts from reality. */
    private void algoritmeregister() {
        register.importShippedSnapshots();
    }

    private void send(Object command) {
        commands.send(command, ADMIN);
    }
}
