-- The audit: every write, who made it (key name or token subject, and how they signed in), what (method and path,
-- or the WebSocket command), how it ended, and when. Plain SQL that H2 (2.x) and PostgreSQL both accept.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_entry (
    id          BIGINT PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    via         VARCHAR(16)   NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    target      VARCHAR(2000) NOT NULL,
    status      INTEGER       NOT NULL
);

CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);
