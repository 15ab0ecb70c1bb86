package nl.overheid.ailedger.security;

import nl.overheid.ailedger.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Installs the admin credential of {@code ledger.security.bootstrap-admin-token}. The development token is
 * announced in the log; where an explicit token is required (production) the ledger refuses to start without.
 */
@Component
class BootstrapAdmin implements InitializingBean {

    static final String DEVELOPMENT_TOKEN = "dev-admin-token";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Credentials credentials;
    private final LedgerProperties.Security settings;

    BootstrapAdmin(Credentials credentials, LedgerProperties properties) {
        this.credentials = credentials;
        this.settings = properties.security();
    }

    /** Before the web server takes requests, so the admin token works from the first one. */
    @Override
    public void afterPropertiesSet() {
        String token = settings.bootstrapAdminToken();
        if (settings.requireExplicitAdminToken() && (token == null || token.isBlank() || DEVELOPMENT_TOKEN.equals(token))) {
            throw new IllegalStateException("Set LEDGER_BOOTSTRAP_ADMIN_TOKEN (ledger.security.bootstrap-admin-token) "
                    + "to a secret of your own: this profile does not start with the development token or none.");
        }
        if (token == null || token.isBlank()) {
            LOG.warn("No bootstrap admin token is configured: only existing credentials can sign in.");
            return;
        }
        credentials.ensureBootstrapAdmin(token);
        if (DEVELOPMENT_TOKEN.equals(token)) {
            LOG.warn("Development admin token in use: 'Authorization: Bearer {}'. Never use it in production.",
                    DEVELOPMENT_TOKEN);
        }
    }
}
