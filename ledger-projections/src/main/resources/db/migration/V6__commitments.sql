-- The commitments read model: one row per event of a motie or toezegging. Every view, of now or of any
-- past moment, is a fold of one commitment's rows recorded by asOf and occurred by validAt.
CREATE TABLE commitment_event (
    commitment_id   VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    event_id        VARCHAR(64)   NOT NULL,
    event_type      VARCHAR(64)   NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (commitment_id, sequence_number)
);

CREATE INDEX ix_commitment_event_recorded ON commitment_event (recorded_at);
