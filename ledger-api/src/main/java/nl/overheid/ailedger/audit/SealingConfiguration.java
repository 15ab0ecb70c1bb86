package nl.overheid.ailedger.audit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import nl.overheid.ailedger.config.DataDirectory;
import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.SigningKeys;
import nl.overheid.ailedger.projections.sealing.CheckpointSigning;
import nl.overheid.ailedger.projections.sealing.SealingKey;
import nl.overheid.ailedger.projections.sealing.WitnessQuorum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checkpoint signing key, the witnesses whose cosignatures count, and the schedule that signs checkpoints. */
@Configuration(proxyBeanMethods = false)
class SealingConfiguration {

    static final String DEFAULT_KEY_FILE = "sealing-key.pem";
    private static final String KEY_DIRECTORY = "key directory";
    private static final Logger LOG = LoggerFactory.getLogger(SealingConfiguration.class);

    /**
     * The configured key file, or the default one beside the data directory, created (owner-only) on first start. A
     * configured file is never created: a missing one is a mistake to stop on, not a reason to sign with a new key.
     * The key is kept out of the data directory so that whoever may copy or back up the store does not get the means
     * to sign for it; a key an earlier release left there is moved out.
     */
    @Bean
    SealingKey sealingKey(SealingProperties sealing, LedgerProperties ledger) throws IOException {
        Path file = sealing.keyPath();
        if (file == null) {
            Path dataDir = ledger.dataDir().toAbsolutePath().normalize();
            file = defaultKeyFile(dataDir);
            moveOutOfDataDirectory(dataDir.resolve(DEFAULT_KEY_FILE), file);
            createIfAbsent(file);
        }
        SealingKey key = new SealingKey(SigningKeys.load(file), sealing.origin());
        LOG.info("Checkpoints are signed with key {} from {}; public key {}", key.keyId(), file, key.publicKey());
        return key;
    }

    @Bean
    WitnessQuorum witnessQuorum(WitnessProperties witnesses) {
        return new WitnessQuorum(witnesses.witnesses().stream().map(WitnessProperties.ConfiguredWitness::key).toList(),
                witnesses.quorum());
    }

    @Bean
    CheckpointSchedule checkpointSchedule(CheckpointSigning signing, CheckpointWitnessing witnessing,
                                          SealingProperties sealing) {
        return new CheckpointSchedule(signing, witnessing, sealing.checkpointInterval());
    }

    /** {@code <data-dir>-keys/sealing-key.pem}, beside the data directory. */
    static Path defaultKeyFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-keys").resolve(DEFAULT_KEY_FILE);
    }

    private static void moveOutOfDataDirectory(Path oldFile, Path file) throws IOException {
        if (Files.exists(file) || !Files.exists(oldFile)) {
            return;
        }
        DataDirectory.prepare(file.getParent(), KEY_DIRECTORY);
        try {
            Files.move(oldFile, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            Files.move(oldFile, file);
        } catch (NoSuchFileException movedConcurrently) {
            return;
        }
        LOG.warn("Moved the checkpoint signing key out of the data directory, from {} to {}", oldFile, file);
    }

    private static void createIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        DataDirectory.prepare(file.getParent(), KEY_DIRECTORY);
        try {
            SigningKeys.save(Ed25519.generateKeyPair(), file);
            LOG.warn("Created a new checkpoint signing key in {}: keep it safe and back it up", file);
        } catch (FileAlreadyExistsException createdConcurrently) {
            LOG.debug("{} was created by another process first", file);
        }
    }
}
