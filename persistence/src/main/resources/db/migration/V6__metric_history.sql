-- Metric history: one row per metric per minute with the minute's samples rolled up. Plain SQL that H2 (2.x) and
-- PostgreSQL both accept. The metric is its Prometheus-style name, labels included (tcps_kanban_wip{bucket="cost"}).
-- The average is sum_value / samples, so coarser steps average exactly over every sample.
CREATE TABLE metric_rollup (
    metric       VARCHAR(1000)            NOT NULL,
    minute_start TIMESTAMP WITH TIME ZONE NOT NULL,
    samples      INTEGER                  NOT NULL,
    min_value    DOUBLE PRECISION         NOT NULL,
    max_value    DOUBLE PRECISION         NOT NULL,
    sum_value    DOUBLE PRECISION         NOT NULL,
    last_value   DOUBLE PRECISION         NOT NULL,
    CONSTRAINT metric_rollup_pk PRIMARY KEY (metric, minute_start),
    CONSTRAINT metric_rollup_samples CHECK (samples > 0),
    CONSTRAINT metric_rollup_range CHECK (min_value <= max_value)
);

-- Retention purges by time; the primary key serves one metric's range and the list of names.
CREATE INDEX metric_rollup_minute ON metric_rollup (minute_start);
