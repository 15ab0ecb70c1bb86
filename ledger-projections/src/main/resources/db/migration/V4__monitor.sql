-- Version rows of the register, which the list and the monitor read to answer for any moment (asOf x validAt).
-- One row per application event: the facts of the fold up to that event (JSON), current from recorded_at until
-- superseded_at (the next event's recorded_at; 9999-12-31T23:59:59.999999Z while it is the latest), and
-- occurred_until, the latest valid time among the events folded. lifetime_class is the power of two
-- (microseconds) that bounds how long the version was current, 63 while it still is: the versions current at a
-- moment are found by one short range of the index below per class.
CREATE TABLE application_version (
    application_id  VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    organisation_id VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    superseded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    lifetime_class  SMALLINT      NOT NULL,
    occurred_until  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    facts           VARCHAR(100000) NOT NULL,
    PRIMARY KEY (application_id, sequence_number)
);

CREATE INDEX ix_application_version_lifetime ON application_version (lifetime_class, recorded_at);
CREATE INDEX ix_application_version_organisation ON application_version (organisation_id, superseded_at);

-- A store that already holds events gets its version rows by rebuilding the register from the events:
-- without tokens the register's processor starts again from the first event.
DELETE FROM token_entry WHERE processor_name = 'register';
DELETE FROM application_current;
DELETE FROM application_event;
DELETE FROM organisation_view;
