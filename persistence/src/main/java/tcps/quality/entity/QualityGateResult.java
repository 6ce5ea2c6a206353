package tcps.quality.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The outcome of one quality gate (unit tests, security scan, coverage, ...) for a work order at one stage. */
@Entity
@Table(name = "quality_gate_result")
public class QualityGateResult {

    @Id
    @SequenceGenerator(name = "quality_gate_result_seq", sequenceName = "quality_gate_result_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_gate_result_seq")
    private Long id;

    @Column(name = "work_order_id", nullable = false)
    private long workOrderId;

    @Column(name = "sku_id", nullable = false, length = 128)
    private String skuId;

    @Column(nullable = false, length = 64)
    private String stage;

    @Column(nullable = false, length = 64)
    private String gate;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "tests_run")
    private Integer testsRun;

    @Column(name = "tests_passed")
    private Integer testsPassed;

    @Column(name = "tests_failed")
    private Integer testsFailed;

    /** 0..1; null for gates that measure no coverage. */
    @Column(name = "coverage_percent")
    private Double coveragePercent;

    @Column(name = "defects_found", nullable = false)
    private int defectsFound;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected QualityGateResult() {}

    public QualityGateResult(long workOrderId, String skuId, String stage, String gate, boolean passed) {
        this.workOrderId = workOrderId;
        this.skuId = skuId;
        this.stage = stage;
        this.gate = gate;
        this.passed = passed;
    }

    /** Test counts and coverage; each may be null when the gate does not measure it. */
    public QualityGateResult measured(
            Integer testsRun, Integer testsPassed, Integer testsFailed, Double coveragePercent, int defectsFound) {
        this.testsRun = testsRun;
        this.testsPassed = testsPassed;
        this.testsFailed = testsFailed;
        this.coveragePercent = coveragePercent;
        this.defectsFound = defectsFound;
        return this;
    }

    public QualityGateResult at(Instant recordedAt) {
        this.recordedAt = recordedAt;
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getWorkOrderId() {
        return workOrderId;
    }

    public String getSkuId() {
        return skuId;
    }

    public String getStage() {
        return stage;
    }

    public String getGate() {
        return gate;
    }

    public boolean isPassed() {
        return passed;
    }

    public Integer getTestsRun() {
        return testsRun;
    }

    public Integer getTestsPassed() {
        return testsPassed;
    }

    public Integer getTestsFailed() {
        return testsFailed;
    }

    public Double getCoveragePercent() {
        return coveragePercent;
    }

    public int getDefectsFound() {
        return defectsFound;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
