-- Andon: stop-the-line events. Plain SQL that H2 (2.x) and PostgreSQL both accept.
-- work_order_id is a plain column, not a foreign key: work orders live in their own component and an Andon may be
-- pulled for a build that has no work order.
CREATE SEQUENCE andon_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE andon_event (
    id               BIGINT PRIMARY KEY,
    failure_type     VARCHAR(64)  NOT NULL,
    severity         VARCHAR(16)  NOT NULL,
    sku_id           VARCHAR(128) NOT NULL,
    work_order_id    BIGINT,
    stage            VARCHAR(64),
    details          VARCHAR(100000),
    status           VARCHAR(16)  NOT NULL,
    triggered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    escalation_level INTEGER      DEFAULT 0 NOT NULL,
    escalated_at     TIMESTAMP WITH TIME ZONE,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    -- resolved_at - triggered_at in milliseconds, kept so averages are plain SQL on both databases
    resolution_ms    BIGINT,
    root_cause       VARCHAR(2000),
    fix_applied      VARCHAR(2000),
    prevention_added VARCHAR(2000),
    resolver         VARCHAR(128),
    CONSTRAINT andon_event_severity CHECK (severity IN ('CRITICAL', 'WARNING', 'INFO')),
    CONSTRAINT andon_event_status CHECK (status IN ('OPEN', 'RESOLVED')),
    CONSTRAINT andon_event_escalation CHECK (escalation_level >= 0),
    CONSTRAINT andon_event_resolved CHECK (
        (status = 'OPEN' AND resolved_at IS NULL AND resolution_ms IS NULL)
        OR (status = 'RESOLVED' AND resolved_at IS NOT NULL AND resolution_ms >= 0 AND resolver IS NOT NULL))
);

-- Open counts by severity and the oldest open critical event
CREATE INDEX andon_event_status_severity ON andon_event (status, severity, triggered_at);
-- Triggers in a time range, most recent events, list ordering
CREATE INDEX andon_event_triggered_at ON andon_event (triggered_at);
-- Average resolution time over a range of resolution times
CREATE INDEX andon_event_resolved_at ON andon_event (resolved_at);
CREATE INDEX andon_event_sku ON andon_event (sku_id, triggered_at);
CREATE INDEX andon_event_work_order ON andon_event (work_order_id);
