package nl.overheid.ailedger.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code ledger.sealing.*}.
 *
 * @param checkpointInterval how often a checkpoint is signed when events were sealed since the last one
 * @param keyPath            the PEM file of the Ed25519 signing key (see {@code SigningKeys}); when absent, the key
 *                           is {@code sealing-key.pem} in a directory of its own beside the data directory
 *                           ({@code <data-dir>-keys}), created owner-only on first start. Nodes that share one
 *                           database must share one key. A new key here is a rotation: it signs from the next
 *                           checkpoint on.
 * @param keyFile            the name of {@code keyPath} before it was renamed, still read
 * @param origin             the log's name on its C2SP checkpoints (c2sp.org/tlog-checkpoint) and the name of its
 *                           key, a schema-less URL such as {@code ledger.example.overheid.nl/ai}
 */
@ConfigurationProperties("ledger.sealing")
public record SealingProperties(@DefaultValue("10s") Duration checkpointInterval, Path keyPath, Path keyFile,
                                @DefaultValue("localhost/ai-governance-ledger") String origin) {

    public SealingProperties {
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("ledger.sealing.checkpoint-interval must be positive");
        }
        if (origin.isBlank() || origin.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("ledger.sealing.origin is not empty and holds no space or '+'");
        }
        if (keyFile != null && keyPath != null && !keyFile.equals(keyPath)) {
            throw new IllegalArgumentException("ledger.sealing.key-path and its old name ledger.sealing.key-file "
                    + "name different files");
        }
        keyPath = keyPath != null ? keyPath : keyFile;
    }
}
