-- Bearer credentials are kept as SHA-256 hashes of the token: the token itself is shown once.
CREATE TABLE credential (
    credential_id   VARCHAR(64)  PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    organisation_id VARCHAR(64),
    label           VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uk_credential_token_hash UNIQUE (token_hash)
);

-- The first answer to a write with an Idempotency-Key, per credential, to be given again on a retry.
CREATE TABLE idempotency_record (
    credential_id   VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INTEGER,
    response_type   VARCHAR(255),
    response_location VARCHAR(1000),
    response_body   BYTEA,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (credential_id, idempotency_key)
);
