-- Notifications: the threshold an alert's value is read against, the outbox written with every alert change (one
-- entry per channel the alert is routed to) and the deliveries the dispatcher makes of them (one per message, so a
-- group of alerts is one delivery), each claimed through a lease so several instances never send one twice.
ALTER TABLE alert ADD COLUMN threshold DOUBLE PRECISION;

CREATE SEQUENCE notification_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE notification_outbox (
    id          BIGINT       PRIMARY KEY,
    channel     VARCHAR(32)  NOT NULL,
    alert_id    BIGINT,
    kind        VARCHAR(16)  NOT NULL,
    group_key   VARCHAR(512) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    delivery_id BIGINT,
    muted_by    VARCHAR(64)
);

CREATE INDEX notification_outbox_waiting ON notification_outbox (channel, delivery_id);
CREATE INDEX notification_outbox_alert ON notification_outbox (alert_id);
CREATE INDEX notification_outbox_delivery ON notification_outbox (delivery_id);

CREATE SEQUENCE notification_delivery_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE notification_delivery (
    id              BIGINT        PRIMARY KEY,
    channel         VARCHAR(32)   NOT NULL,
    group_key       VARCHAR(512)  NOT NULL,
    idempotency_key VARCHAR(64)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    reference       VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX notification_delivery_due ON notification_delivery (status, channel, next_attempt_at);
CREATE INDEX notification_delivery_group ON notification_delivery (channel, group_key, created_at);
CREATE INDEX notification_delivery_updated ON notification_delivery (channel, updated_at);
