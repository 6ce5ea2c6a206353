-- Component health: every change of a component's status (healthy, degraded, unhealthy), kept for the history.
-- Plain SQL that H2 (2.x) and PostgreSQL both accept.
CREATE SEQUENCE health_transition_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE health_transition (
    id           BIGINT PRIMARY KEY,
    component    VARCHAR(32)   NOT NULL,
    -- null for the first status a component ever reported
    from_status  VARCHAR(16),
    to_status    VARCHAR(16)   NOT NULL,
    reason       VARCHAR(2000),
    simulated    BOOLEAN       NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT health_transition_from CHECK (from_status IN ('HEALTHY', 'DEGRADED', 'UNHEALTHY')),
    CONSTRAINT health_transition_to CHECK (to_status IN ('HEALTHY', 'DEGRADED', 'UNHEALTHY'))
);

CREATE INDEX health_transition_component ON health_transition (component, changed_at);
CREATE INDEX health_transition_changed ON health_transition (changed_at);
