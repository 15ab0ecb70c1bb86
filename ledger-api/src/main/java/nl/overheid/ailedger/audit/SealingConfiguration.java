package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.SigningKeys;
import nl.overheid.ailedger.projections.sealing.CheckpointSigning;
import nl.overheid.ailedger.projections.sealing.SealingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checkpoint signing key and the schedule that signs checkpoints. */
@Configuration(proxyBeanMethods = false)
class SealingConfiguration {

    static final String DEFAULT_KEY_FILE = "sealing-key.pem";
    private static final Logger LOG = LoggerFactory.getLogger(SealingConfiguration.class);

    /**
     * The configured key file, or the one in the data directory, created (owner-only) on first start. A configured
     * file is never created: a missing one is a mistake to stop on, not a reason to sign with a new key.
     */
    @Bean
    SealingKey sealingKey(SealingProperties sealing, LedgerProperties ledger) throws IOException {
        Path file = sealing.keyFile();
        if (file == null) {
            file = ledger.dataDir().toAbsolutePath().normalize().resolve(DEFAULT_KEY_FILE);
            createIfAbsent(file);
        }
        SealingKey key = new SealingKey(SigningKeys.load(file), sealing.origin());
        LOG.info("Checkpoints are signed with key {} from {}; public key {}", key.keyId(), file, key.publicKey());
        return key;
    }

    @Bean
    CheckpointSchedule checkpointSchedule(CheckpointSigning signing, CheckpointWitnessing witnessing,
                                          SealingProperties sealing) {
        return new CheckpointSchedule(signing, witnessing, sealing.checkpointInterval());
    }

    private static void createIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        try {
            SigningKeys.save(Ed25519.generateKeyPair(), file);
            LOG.warn("Created a new checkpoint signing key in {}: keep it safe and back it up", file);
        } catch (FileAlreadyExistsException createdConcurrently) {
            LOG.debug("{} was created by another process first", file);
        }
    }
}
