package nl.overheid.ailedger.projections.sealing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javax.sql.DataSource;

import nl.overheid.ailedger.core.integrity.CompactRangeState;
import nl.overheid.ailedger.core.integrity.SignedCheckpoint;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sealing tables and the reads of the event store that sealing and auditing need. Long reads (the journal,
 * verification) go through a cursor in a read-only transaction, so that no result is ever held in memory whole.
 */
@Repository
class SealingStore {

    private static final int FETCH_SIZE = 500;
    /** Values per {@code IN} list: well below the bind-parameter limits of the databases. */
    private static final int IN_CHUNK = 500;
    private static final String EVENT_COLUMNS = """
            e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.payload_type, e.payload,
            e.meta_data, e.time_stamp""";
    private static final RowMapper<SignedCheckpoint> CHECKPOINT_ROW = (rs, i) -> new SignedCheckpoint(
            rs.getLong("tree_size"), rs.getString("root_hash"),
            rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("key_id"),
            rs.getString("signature"), rs.getString("public_key"));

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;

    SealingStore(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The stored rows of the given events by event identifier; an event that is not in the store is left out. */
    Map<String, StoredEvent> storedEvents(List<String> eventIds) {
        Map<String, StoredEvent> stored = new HashMap<>();
        queryIn("SELECT " + EVENT_COLUMNS + " FROM domain_event_entry e WHERE e.event_identifier IN (%s)", eventIds,
                rs -> {
                    StoredEvent event = storedEvent(rs);
                    stored.put(event.eventId(), event);
                });
        return stored;
    }

    /** Those of the given global indexes whose events are sealed. */
    List<Long> sealedAmong(List<Long> globalIndexes) {
        List<Long> sealed = new ArrayList<>();
        queryIn("SELECT global_index FROM sealed_leaf WHERE global_index IN (%s)", globalIndexes,
                rs -> sealed.add(rs.getLong(1)));
        return sealed;
    }

    CompactRangeState treeState() {
        return jdbc.queryForObject("SELECT tree_size, subtree_roots FROM sealing_state WHERE state_id = 1",
                (rs, i) -> new CompactRangeState(rs.getLong(1), roots(rs.getString(2))));
    }

    TreeHead treeHead() {
        return jdbc.queryForObject("SELECT tree_size, root_hash FROM sealing_state WHERE state_id = 1",
                (rs, i) -> new TreeHead(rs.getLong(1), rs.getString(2)));
    }

    /** A leaf to append: its ledger sequence, the sealed event's global index and the leaf hash. */
    record Leaf(long sequence, long globalIndex, byte[] leafHash) {
    }

    /**
     * Appends the leaves, in order, and moves the tree state on from {@code previous}; fails if another writer moved it
     * first, which a single sealing segment never allows.
     */
    void append(List<Leaf> leaves, CompactRangeState previous, CompactRangeState next, String rootHash) {
        jdbc.batchUpdate("INSERT INTO sealed_leaf (ledger_sequence, global_index, leaf_hash) VALUES (?, ?, ?)",
                leaves.stream().map(leaf -> new Object[] {leaf.sequence(), leaf.globalIndex(), leaf.leafHash()})
                        .toList());
        int updated = jdbc.update("""
                UPDATE sealing_state SET tree_size = ?, root_hash = ?, subtree_roots = ?
                 WHERE state_id = 1 AND tree_size = ?""",
                next.treeSize(), rootHash, String.join(",", next.subtreeRoots()), previous.treeSize());
        if (updated != 1) {
            throw new IllegalStateException("the sealed tree moved past size " + previous.treeSize()
                    + " while sealing; only one sealing segment may exist");
        }
    }

    /** Events in the store that the sealing processor has not reached yet. */
    long sealingLag() {
        Long lag = jdbc.queryForObject("""
                SELECT COUNT(*) FROM domain_event_entry
                 WHERE global_index > COALESCE((SELECT MAX(global_index) FROM sealed_leaf), -1)""", Long.class);
        return lag == null ? 0 : lag;
    }

    Optional<SignedCheckpoint> latestCheckpoint() {
        return jdbc.query("""
                SELECT * FROM sealing_checkpoint
                 WHERE tree_size = (SELECT MAX(tree_size) FROM sealing_checkpoint)""", CHECKPOINT_ROW)
                .stream().findFirst();
    }

    Optional<SignedCheckpoint> latestCheckpointSignedBy(Instant moment) {
        return jdbc.query("""
                SELECT * FROM sealing_checkpoint WHERE signed_at <= ?
                 ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY""", CHECKPOINT_ROW,
                moment.atOffset(ZoneOffset.UTC)).stream().findFirst();
    }

    List<SignedCheckpoint> checkpoints() {
        return jdbc.query("SELECT * FROM sealing_checkpoint ORDER BY tree_size", CHECKPOINT_ROW);
    }

    /** The next {@code limit} checkpoints with a tree size above {@code after} and at most {@code upTo}. */
    List<SignedCheckpoint> checkpoints(long after, long upTo, int limit) {
        return jdbc.query("""
                SELECT * FROM sealing_checkpoint WHERE tree_size > ? AND tree_size <= ?
                 ORDER BY tree_size FETCH FIRST ? ROWS ONLY""", CHECKPOINT_ROW, after, upTo, limit);
    }

    /** Stores a checkpoint unless one of at least its size exists already; false when not stored. */
    boolean saveCheckpoint(SignedCheckpoint checkpoint) {
        try {
            return jdbc.update("""
                    INSERT INTO sealing_checkpoint (tree_size, root_hash, signed_at, key_id, signature, public_key)
                    SELECT ?, ?, ?, ?, ?, ?
                     WHERE NOT EXISTS (SELECT 1 FROM sealing_checkpoint WHERE tree_size >= ?)""",
                    checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.signedAt().atOffset(ZoneOffset.UTC),
                    checkpoint.keyId(), checkpoint.signature(), checkpoint.publicKey(), checkpoint.treeSize()) == 1;
        } catch (DuplicateKeyException signedConcurrently) {
            return false;
        }
    }

    /** Keeps a witness's cosignature of the checkpoint of {@code treeSize}; false when it has one already. */
    boolean saveCosignature(long treeSize, Cosignature cosignature) {
        try {
            return jdbc.update("""
                    INSERT INTO checkpoint_cosignature (tree_size, witness, cosigned_at, signature_line)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS
                           (SELECT 1 FROM checkpoint_cosignature WHERE tree_size = ? AND witness = ?)""",
                    treeSize, cosignature.name(), cosignature.timestamp().atOffset(ZoneOffset.UTC),
                    cosignature.signatureLine(), treeSize, cosignature.name()) == 1;
        } catch (DuplicateKeyException cosignedConcurrently) {
            return false;
        }
    }

    /** The cosignatures of the checkpoint of {@code treeSize}, by witness name. */
    List<Cosignature> cosignatures(long treeSize) {
        return jdbc.query("""
                SELECT witness, cosigned_at, signature_line FROM checkpoint_cosignature
                 WHERE tree_size = ? ORDER BY witness""",
                (rs, i) -> new Cosignature(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3)), treeSize);
    }

    /** The largest tree size the witness has cosigned for this ledger, if any. */
    Optional<Long> latestCosignedTreeSize(String witness) {
        return Optional.ofNullable(jdbc.queryForObject(
                "SELECT MAX(tree_size) FROM checkpoint_cosignature WHERE witness = ?", Long.class, witness));
    }

    /** The sealed leaf hashes of sequences {@code from} (inclusive) to {@code to} (exclusive). */
    byte[][] leafHashes(long from, long to) {
        byte[][] leaves = new byte[Math.toIntExact(to - from)][];
        jdbc.query("""
                SELECT ledger_sequence, leaf_hash FROM sealed_leaf
                 WHERE ledger_sequence >= ? AND ledger_sequence < ? ORDER BY ledger_sequence""",
                rs -> {
                    leaves[Math.toIntExact(rs.getLong(1) - from)] = rs.getBytes(2);
                }, from, to);
        for (int i = 0; i < leaves.length; i++) {
            if (leaves[i] == null) {
                throw new IllegalStateException("the sealed tree lacks leaf " + (from + i));
            }
        }
        return leaves;
    }

    /**
     * Feeds the journal from {@code fromSequence} to the consumer, at most {@code limit} events, in ledger order. A
     * leaf whose stored event is gone is left out.
     */
    void journal(long fromSequence, int limit, Predicate<SealedEvent> consumer) {
        stream("""
                SELECT l.ledger_sequence, l.leaf_hash, %s
                  FROM sealed_leaf l JOIN domain_event_entry e ON e.global_index = l.global_index
                 WHERE l.ledger_sequence >= ? ORDER BY l.ledger_sequence FETCH FIRST ? ROWS ONLY"""
                .formatted(EVENT_COLUMNS), consumer, fromSequence, limit);
    }

    /**
     * Feeds every sealed leaf below {@code treeSize} with its stored event (null when its row is gone) to the
     * consumer, in ledger order, until the consumer returns false.
     */
    void sealedEvents(long treeSize, Predicate<SealedEvent> consumer) {
        stream("""
                SELECT l.ledger_sequence, l.leaf_hash, %s
                  FROM sealed_leaf l LEFT JOIN domain_event_entry e ON e.global_index = l.global_index
                 WHERE l.ledger_sequence < ? ORDER BY l.ledger_sequence""".formatted(EVENT_COLUMNS),
                consumer, treeSize);
    }

    private void stream(String sql, Predicate<SealedEvent> consumer, Object... args) {
        readOnly.executeWithoutResult(status -> cursor.query(sql, (ResultSet rs) -> {
            boolean more = true;
            while (more && rs.next()) {
                StoredEvent event = rs.getString("event_identifier") == null ? null : storedEvent(rs);
                more = consumer.test(new SealedEvent(rs.getLong("ledger_sequence"), rs.getBytes("leaf_hash"), event));
            }
            return null;
        }, args));
    }

    /** Runs {@code sql} with its {@code IN (%s)} filled with {@code values}, a chunk of them at a time. */
    private void queryIn(String sql, List<?> values, RowCallbackHandler rows) {
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            List<?> chunk = values.subList(from, Math.min(from + IN_CHUNK, values.size()));
            jdbc.query(sql.formatted(String.join(",", Collections.nCopies(chunk.size(), "?"))), rows, chunk.toArray());
        }
    }

    private static StoredEvent storedEvent(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                rs.getString("aggregate_identifier"), rs.getLong("sequence_number"), rs.getString("payload_type"),
                rs.getBytes("payload"), rs.getBytes("meta_data"), rs.getString("time_stamp"));
    }

    private static List<String> roots(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
