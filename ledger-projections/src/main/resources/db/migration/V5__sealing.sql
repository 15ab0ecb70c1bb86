-- The sealed journal (RFC 6962 Merkle tree over every stored event in ledger order) and its signed checkpoints.
-- sealed_leaf maps each ledger sequence (0, 1, 2, ... without gaps) to the event's global_index and keeps the
-- leaf hash it was sealed with; sealing_state is the one row of the tree's compact range, so that an append
-- costs O(log n); sealing_checkpoint keeps every signed checkpoint, never updated.
CREATE TABLE sealed_leaf (
    ledger_sequence BIGINT PRIMARY KEY,
    global_index    BIGINT NOT NULL,
    leaf_hash       BYTEA  NOT NULL,
    CONSTRAINT uk_sealed_leaf_global_index UNIQUE (global_index)
);

CREATE TABLE sealing_state (
    state_id      INTEGER       PRIMARY KEY,
    tree_size     BIGINT        NOT NULL,
    root_hash     VARCHAR(64)   NOT NULL,
    -- the perfect subtree roots, left to right, as hex separated by commas (at most 64 of them)
    subtree_roots VARCHAR(4200) NOT NULL
);

INSERT INTO sealing_state (state_id, tree_size, root_hash, subtree_roots)
VALUES (1, 0, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '');

CREATE TABLE sealing_checkpoint (
    tree_size  BIGINT       PRIMARY KEY,
    root_hash  VARCHAR(64)  NOT NULL,
    signed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    key_id     VARCHAR(16)  NOT NULL,
    signature  VARCHAR(200) NOT NULL,
    public_key VARCHAR(200) NOT NULL
);
