package nl.overheid.ailedger.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code ledger.*}.
 *
 * @param dataDir      where the embedded H2 files (and keys) live
 * @param demoData     whether an empty store is filled with demonstration data at start-up
 * @param readYourWritesTimeout how long a write waits for the register to show it before answering
 * @param aggregateCacheSize    how many aggregates of each type a node keeps in memory between commands; 0 when
 *                              several nodes write to one store (a cached aggregate would miss the others' events)
 * @param idempotencyRetention  how long the answer to a write with an Idempotency-Key is given again on a retry
 * @param groupCommit           whether concurrent commands are committed together; only where one node writes the
 *                              store (see {@code GroupCommit})
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("10s") Duration readYourWritesTimeout,
        @DefaultValue("10000") int aggregateCacheSize,
        @DefaultValue("24h") Duration idempotencyRetention,
        @DefaultValue("true") boolean groupCommit,
        @DefaultValue Security security,
        @DefaultValue Limits limits,
        @DefaultValue Imports imports) {

    /**
     * @param bootstrapAdminToken    the admin token that exists from the first start
     * @param requireExplicitAdminToken refuse to start with the documented development token (production)
     * @param refusedTokensPerMinute how many unknown or revoked tokens one client address may send a minute before it
     *                               is answered 429
     * @param metricsToken     the token with which Prometheus reads {@code /actuator/prometheus} (role METRICS)
     */
    public record Security(String bootstrapAdminToken, @DefaultValue("false") boolean requireExplicitAdminToken,
                           @DefaultValue("10") int refusedTokensPerMinute, String metricsToken) {
    }

    /**
     * @param removalThreshold the share of the register's registrations one Algoritmeregister snapshot may remove
     *                         without the administrator confirming the number
     */
    public record Imports(@DefaultValue("0.05") double removalThreshold) {
    }

    /** Limits on what a client may send. */
    public record Limits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("32MB") DataSize maxImportBody) {
    }
}
