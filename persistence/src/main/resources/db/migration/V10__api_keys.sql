-- API keys for machines (CI pipelines, ITSM tools, Prometheus) and the first admin. Only a SHA-256 hash of each key
-- is kept: the key itself is shown once, when it is created. Plain SQL that H2 (2.x) and PostgreSQL both accept.
CREATE SEQUENCE api_key_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE api_key (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    role         VARCHAR(16)   NOT NULL,
    key_hash     CHAR(64)      NOT NULL,
    -- the key's first characters, so people can tell their keys apart without the secret
    prefix       VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_role CHECK (role IN ('VIEWER', 'OPERATOR', 'ADMIN')),
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash)
);

CREATE INDEX api_key_active ON api_key (role, revoked_at);
