package nl.overheid.ailedger.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ledger.sealing.*}.
 *
 * @param checkpointInterval how often a checkpoint is signed when events were sealed since the last one
 * @param keyFile            the PEM file of the Ed25519 signing key (see {@code SigningKeys}); when absent, the key
 *                           is {@code sealing-key.pem} in the data directory, created on first start. Nodes that share
 *                           one database must share one key file.
 */
@ConfigurationProperties("ledger.sealing")
public record SealingProperties(@DefaultValue("10s") Duration checkpointInterval, Path keyFile) {

    public SealingProperties {
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("ledger.sealing.checkpoint-interval must be positive");
        }
    }
}
