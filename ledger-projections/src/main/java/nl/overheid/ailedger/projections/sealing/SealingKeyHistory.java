package nl.overheid.ailedger.projections.sealing;

import java.util.List;

import nl.overheid.ailedger.core.integrity.Ed25519;
import nl.overheid.ailedger.core.integrity.KeyHistory;
import nl.overheid.ailedger.core.integrity.NoteVerifierKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history of the ledger's checkpoint keys, kept in the database beside the checkpoints. At start-up the key the
 * ledger was given joins the history when it is new: a rotation. It signs from the tree size after the latest
 * checkpoint on; every earlier checkpoint keeps its own key.
 */
@Service
public class SealingKeyHistory implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(SealingKeyHistory.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SealingKey key;

    SealingKeyHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions, SealingKey key) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.key = key;
    }

    /** A key of the history: its C2SP verifier key under the log's origin and the tree size it signs from. */
    public record VerifierKey(String vkey, long fromTreeSize) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            transaction.executeWithoutResult(status -> registerCurrentKey());
        } catch (DataIntegrityViolationException registeredConcurrently) {
            LOG.debug("another node registered the signing key first", registeredConcurrently);
        }
    }

    public KeyHistory history() {
        return new KeyHistory(jdbc.query("SELECT public_key, from_tree_size FROM sealing_key",
                (rs, i) -> new KeyHistory.Entry(Ed25519.decodePublicKey(rs.getString(1)), rs.getLong(2))));
    }

    /** The keys, the current one first. */
    public List<VerifierKey> verifierKeys() {
        return jdbc.query("SELECT public_key, from_tree_size FROM sealing_key ORDER BY from_tree_size DESC",
                (rs, i) -> new VerifierKey(NoteVerifierKey.of(key.verifierKey().name(),
                        Ed25519.decodePublicKey(rs.getString(1))).vkey(), rs.getLong(2)));
    }

    /** Whether the ledger's key is the newest of the history: only that key may sign new checkpoints. */
    public boolean isCurrent() {
        List<String> newest = jdbc.queryForList(
                "SELECT key_id FROM sealing_key ORDER BY from_tree_size DESC FETCH FIRST 1 ROWS ONLY", String.class);
        return newest.equals(List.of(key.keyId()));
    }

    private void registerCurrentKey() {
        if (known(key.keyId())) {
            return;
        }
        if (count("SELECT COUNT(*) FROM sealing_key") == 0) {
            // A store of an earlier release: its checkpoints name the keys that signed them.
            jdbc.update("""
                    INSERT INTO sealing_key (key_id, public_key, from_tree_size)
                    SELECT key_id, MIN(public_key), MIN(tree_size) FROM sealing_checkpoint GROUP BY key_id""");
            jdbc.update("UPDATE sealing_key SET from_tree_size = 0 WHERE from_tree_size = "
                    + "(SELECT MIN(from_tree_size) FROM sealing_key)");
        }
        if (known(key.keyId())) {
            return;
        }
        long from = count("SELECT COALESCE(MAX(tree_size), -1) + 1 FROM sealing_checkpoint");
        jdbc.update("INSERT INTO sealing_key (key_id, public_key, from_tree_size) VALUES (?, ?, ?)",
                key.keyId(), key.publicKey(), from);
        if (from > 0) {
            LOG.warn("A new checkpoint signing key {} signs from tree size {} on; the checkpoints before keep "
                    + "verifying under the keys that signed them", key.keyId(), from);
        }
    }

    private boolean known(String keyId) {
        return count("SELECT COUNT(*) FROM sealing_key WHERE key_id = ?", keyId) > 0;
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
