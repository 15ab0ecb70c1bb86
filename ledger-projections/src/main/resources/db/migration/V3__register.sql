-- The register read model. application_event keeps one row per event (the history, and the
-- input of as-of folds); application_current keeps the folded state of now.
CREATE TABLE organisation_view (
    organisation_id VARCHAR(64)  PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    layer           VARCHAR(32)  NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE application_event (
    application_id  VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    event_id        VARCHAR(64)   NOT NULL,
    event_type      VARCHAR(64)   NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor           VARCHAR(255),
    payload         VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (application_id, sequence_number)
);

CREATE TABLE application_current (
    application_id    VARCHAR(64)  PRIMARY KEY,
    organisation_id   VARCHAR(64)  NOT NULL,
    phase             VARCHAR(32)  NOT NULL,
    generative_ai     BOOLEAN      NOT NULL,
    ai_act_risk_class VARCHAR(32)  NOT NULL,
    version           BIGINT       NOT NULL,
    last_recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state             VARCHAR(1000000) NOT NULL
);

CREATE INDEX ix_application_current_organisation ON application_current (organisation_id);
