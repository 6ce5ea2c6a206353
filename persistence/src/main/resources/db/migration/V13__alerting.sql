-- Alerting: rules as data, alerts with their transitions, one row per alert series (rule and label set) through which
-- every transition is claimed, and silences. Plain SQL that H2 (2.x) and PostgreSQL both accept.
CREATE TABLE alert_rule (
    id               VARCHAR(64)   PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    component        VARCHAR(64)   NOT NULL,
    severity         VARCHAR(16)   NOT NULL,
    metric           VARCHAR(200),
    operator         VARCHAR(4),
    threshold        DOUBLE PRECISION,
    matchers         VARCHAR(4000) NOT NULL,
    expression       VARCHAR(4000),
    group_by         VARCHAR(400)  NOT NULL,
    for_seconds      BIGINT        NOT NULL,
    cooldown_seconds BIGINT        NOT NULL,
    labels           VARCHAR(4000) NOT NULL,
    annotations      VARCHAR(8000) NOT NULL,
    remediation      VARCHAR(64),
    events_metric    VARCHAR(200),
    minimum_events   INTEGER,
    enabled          BOOLEAN       NOT NULL,
    builtin          BOOLEAN       NOT NULL,
    version          INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE alert_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE alert (
    id                  BIGINT        PRIMARY KEY,
    fingerprint         VARCHAR(32)   NOT NULL,
    rule_id             VARCHAR(250)  NOT NULL,
    rule_name           VARCHAR(200)  NOT NULL,
    component           VARCHAR(64)   NOT NULL,
    severity            VARCHAR(16)   NOT NULL,
    labels              VARCHAR(4000) NOT NULL,
    annotations         VARCHAR(8000) NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    origin              VARCHAR(16)   NOT NULL,
    alert_value         DOUBLE PRECISION,
    simulated           BOOLEAN       NOT NULL,
    silenced_by         VARCHAR(40),
    inhibited_by        BIGINT,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at            TIMESTAMP WITH TIME ZONE,
    acknowledged_at     TIMESTAMP WITH TIME ZONE,
    acknowledged_by     VARCHAR(200),
    acknowledge_comment VARCHAR(2000),
    resolved_at         TIMESTAMP WITH TIME ZONE,
    resolved_by         VARCHAR(200),
    ends_at             TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INTEGER       NOT NULL
);

CREATE INDEX alert_state ON alert (state);
CREATE INDEX alert_started ON alert (started_at);
CREATE INDEX alert_rule_started ON alert (rule_id, started_at);
CREATE INDEX alert_fingerprint ON alert (fingerprint);

CREATE SEQUENCE alert_transition_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE alert_transition (
    id         BIGINT       PRIMARY KEY,
    alert_id   BIGINT       NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    from_state VARCHAR(16),
    to_state   VARCHAR(16)  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    note       VARCHAR(2000),
    alert_value DOUBLE PRECISION
);

CREATE INDEX alert_transition_alert ON alert_transition (alert_id, at);

-- One row per rule and label set: the lock every transition of that series takes, and the last time it fired
-- (cooldowns hold across restarts and across instances sharing the database)
CREATE TABLE alert_series (
    fingerprint     VARCHAR(32) PRIMARY KEY,
    rule_id         VARCHAR(250) NOT NULL,
    active_alert_id BIGINT,
    last_fired_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE silence (
    id         VARCHAR(40)   PRIMARY KEY,
    matchers   VARCHAR(4000) NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(200)  NOT NULL,
    comment    VARCHAR(2000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX silence_ends ON silence (ends_at);
