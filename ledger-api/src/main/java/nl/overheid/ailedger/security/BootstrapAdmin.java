package nl.overheid.ailedger.security;

import nl.overheid.ailedger.config.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Installs the credentials whose tokens are configured: the admin of {@code LEDGER_BOOTSTRAP_ADMIN_TOKEN}
 * ({@code ledger.security.bootstrap-admin-token}) and, when set, the metrics scraper of {@code LEDGER_METRICS_TOKEN},
 * the same in every profile. Without one, the documented development token is the bootstrap admin, and the log says
 * so; where an explicit token is required (production) the ledger refuses to start without. A bootstrap token that
 * was revoked stays revoked: only a token not met before becomes a credential.
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
        String configured = settings.bootstrapAdminToken();
        boolean none = configured == null || configured.isBlank();
        if (settings.requireExplicitAdminToken() && (none || DEVELOPMENT_TOKEN.equals(configured))) {
            throw new IllegalStateException("Set LEDGER_BOOTSTRAP_ADMIN_TOKEN (ledger.security.bootstrap-admin-token) "
                    + "to a secret of your own: this profile does not start with the development token or none.");
        }
        String token = none ? DEVELOPMENT_TOKEN : configured;
        Credentials.ConfiguredToken found = credentials.ensureConfigured(Credentials.Configured.BOOTSTRAP_ADMIN, token);
        String which = none ? "The development token" : "The token in LEDGER_BOOTSTRAP_ADMIN_TOKEN";
        if (found == Credentials.ConfiguredToken.REVOKED) {
            LOG.warn("{} was revoked and stays revoked: it does not sign in. Set LEDGER_BOOTSTRAP_ADMIN_TOKEN to a new "
                    + "secret for a new bootstrap admin credential.", which);
        } else if (none) {
            LOG.warn("LEDGER_BOOTSTRAP_ADMIN_TOKEN is not set, so the development token is the bootstrap admin: "
                    + "'Authorization: Bearer {}'. Never use it in production.", DEVELOPMENT_TOKEN);
        } else {
            LOG.info("{} is the bootstrap admin ({}); the development token does not sign in.", which,
                    found == Credentials.ConfiguredToken.NEW ? "a new credential" : "in force since an earlier start");
        }
        String metrics = settings.metricsToken();
        if (metrics != null && !metrics.isBlank()
                && credentials.ensureConfigured(Credentials.Configured.METRICS, metrics) == Credentials.ConfiguredToken.REVOKED) {
            LOG.warn("The token in LEDGER_METRICS_TOKEN was revoked and stays revoked: Prometheus cannot scrape with it.");
        }
    }
}
