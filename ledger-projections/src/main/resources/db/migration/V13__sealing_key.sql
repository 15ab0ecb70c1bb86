-- The history of the checkpoint signing key: each key signs the checkpoints from from_tree_size on, until the next.
-- Rows are only added (a rotation), so earlier checkpoints keep verifying under the key that signed them. A store
-- of an earlier release gets its rows at the first start, from the keys its checkpoints name.
CREATE TABLE sealing_key (
    key_id         VARCHAR(16)  PRIMARY KEY,
    public_key     VARCHAR(200) NOT NULL,
    from_tree_size BIGINT       NOT NULL,
    CONSTRAINT uk_sealing_key_from_tree_size UNIQUE (from_tree_size)
);
