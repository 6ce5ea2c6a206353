-- Restart history of the service. Plain SQL that H2 (2.x) and PostgreSQL both accept.
CREATE SEQUENCE service_start_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE service_start (
    id         BIGINT PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    VARCHAR(64)  NOT NULL,
    host       VARCHAR(255) NOT NULL
);
