-- The production line's core: Kanban buckets, work orders with their stage visits, and the receipt chain.
-- Sequences step by 50 to match the entities' allocation size (one round trip per 50 ids under load);
-- they start at 50 because EclipseLink reads a sequence value as the last id of its block.

CREATE TABLE kanban_bucket (
    name                    VARCHAR(64) PRIMARY KEY,
    wip_limit               INTEGER NOT NULL,
    wip                     INTEGER NOT NULL,
    intake_paused           BOOLEAN NOT NULL,
    pulls                   BIGINT  NOT NULL,
    pull_latency_total_ms   BIGINT  NOT NULL,
    last_pull_latency_ms    BIGINT,
    slot_freed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT kanban_bucket_wip_in_limit CHECK (wip >= 0)
);

CREATE SEQUENCE work_order_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE work_order (
    id             BIGINT PRIMARY KEY,
    description    VARCHAR(1000) NOT NULL,
    priority       INTEGER       NOT NULL,
    bucket         VARCHAR(64)   NOT NULL REFERENCES kanban_bucket (name),
    sku_id         VARCHAR(128)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    stage          VARCHAR(64),
    blockers       INTEGER       NOT NULL,
    status_reason  VARCHAR(1000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE,
    completed_at   TIMESTAMP WITH TIME ZONE,
    ended_at       TIMESTAMP WITH TIME ZONE,
    version        BIGINT        NOT NULL
);

CREATE INDEX work_order_queue ON work_order (bucket, status, priority, created_at, id);
CREATE INDEX work_order_sku ON work_order (sku_id);
CREATE INDEX work_order_created ON work_order (created_at);

CREATE SEQUENCE stage_visit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE stage_visit (
    id             BIGINT PRIMARY KEY,
    work_order_id  BIGINT      NOT NULL REFERENCES work_order (id),
    stage          VARCHAR(64) NOT NULL,
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    exited_at      TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(16)
);

CREATE INDEX stage_visit_work_order ON stage_visit (work_order_id);

CREATE SEQUENCE receipt_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE receipt (
    id             BIGINT PRIMARY KEY,
    sku_id         VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    work_order_id  BIGINT       NOT NULL REFERENCES work_order (id),
    stage          VARCHAR(64)  NOT NULL,
    payload        VARCHAR(4000) NOT NULL,
    hash           CHAR(64)     NOT NULL,
    previous_hash  CHAR(64),
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT receipt_chain_position UNIQUE (sku_id, position)
);
