-- Cosignatures of the ledger's checkpoints by independent witnesses (c2sp.org/tlog-cosignature), one per witness and
-- tree size, kept as the signature line the witness answered so that the published note carries it unchanged.
CREATE TABLE checkpoint_cosignature (
    tree_size      BIGINT        NOT NULL,
    witness        VARCHAR(255)  NOT NULL,
    cosigned_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    signature_line VARCHAR(1000) NOT NULL,
    PRIMARY KEY (tree_size, witness)
);
