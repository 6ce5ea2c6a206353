-- TPM, quality gates and Kaizen records. Plain SQL that H2 (2.x) and PostgreSQL both accept.
-- Work-order references are plain BIGINT columns: work orders live in another component's tables.

-- TPM: maintenance tasks per line component and the component's failures.
CREATE SEQUENCE tpm_maintenance_task_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE tpm_maintenance_task (
    id           BIGINT PRIMARY KEY,
    component    VARCHAR(128)  NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    origin       VARCHAR(16)   NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tpm_maintenance_task_due ON tpm_maintenance_task (component, due_at);
CREATE INDEX tpm_maintenance_task_completed ON tpm_maintenance_task (completed_at);

CREATE SEQUENCE tpm_component_failure_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE tpm_component_failure (
    id           BIGINT PRIMARY KEY,
    component    VARCHAR(128)  NOT NULL,
    cause        VARCHAR(1000) NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recovered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX tpm_component_failure_failed ON tpm_component_failure (component, failed_at);

-- Quality: gate results per work order and stage, and deployment outcomes.
CREATE SEQUENCE quality_gate_result_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE quality_gate_result (
    id               BIGINT PRIMARY KEY,
    work_order_id    BIGINT       NOT NULL,
    sku_id           VARCHAR(128) NOT NULL,
    stage            VARCHAR(64)  NOT NULL,
    gate             VARCHAR(64)  NOT NULL,
    passed           BOOLEAN      NOT NULL,
    tests_run        INTEGER,
    tests_passed     INTEGER,
    tests_failed     INTEGER,
    coverage_percent DOUBLE PRECISION,
    defects_found    INTEGER      NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quality_gate_result_recorded ON quality_gate_result (recorded_at);
CREATE INDEX quality_gate_result_sku ON quality_gate_result (sku_id, recorded_at);
CREATE INDEX quality_gate_result_work_order ON quality_gate_result (work_order_id, stage, gate);

CREATE SEQUENCE quality_deployment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE quality_deployment (
    id            BIGINT PRIMARY KEY,
    work_order_id BIGINT       NOT NULL,
    sku_id        VARCHAR(128) NOT NULL,
    environment   VARCHAR(64)  NOT NULL,
    success       BOOLEAN      NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quality_deployment_recorded ON quality_deployment (recorded_at);
CREATE INDEX quality_deployment_sku ON quality_deployment (sku_id, recorded_at);

-- Kaizen: improvement proposals and implemented improvements (from a proposal or directly).
CREATE SEQUENCE kaizen_proposal_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kaizen_proposal (
    id                 BIGINT PRIMARY KEY,
    title              VARCHAR(255)  NOT NULL,
    waste_type         VARCHAR(32)   NOT NULL,
    description        VARCHAR(2000) NOT NULL,
    expected_reduction DOUBLE PRECISION,
    status             VARCHAR(16)   NOT NULL,
    proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE,
    rejection_reason   VARCHAR(1000)
);
CREATE INDEX kaizen_proposal_status ON kaizen_proposal (status);

CREATE SEQUENCE kaizen_improvement_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kaizen_improvement (
    id             BIGINT PRIMARY KEY,
    proposal_id    BIGINT REFERENCES kaizen_proposal (id),
    title          VARCHAR(255) NOT NULL,
    waste_type     VARCHAR(32)  NOT NULL,
    baseline_value DOUBLE PRECISION NOT NULL,
    after_value    DOUBLE PRECISION NOT NULL,
    reduction      DOUBLE PRECISION,
    automated      BOOLEAN      NOT NULL,
    implemented_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kaizen_improvement_waste ON kaizen_improvement (waste_type);
