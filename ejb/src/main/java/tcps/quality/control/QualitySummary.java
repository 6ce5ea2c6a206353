package tcps.quality.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * Quality figures over a window, for one SKU or all ({@code skuId} null). Rates are 0..1 and null when their
 * denominator is zero (no data is not the same as 0 % or 100 %); the counts beside them say how much data there was.
 */
@JsonbNillable
public record QualitySummary(
        String skuId,
        Instant from,
        Instant to,
        long gateResults,
        Double qualityGatePassRate,
        long workOrders,
        Double firstPassYield,
        Double defectRate,
        Double averageCoverage,
        long testsRun,
        Double testPassRate,
        long securityScans,
        Double securityScanPassRate,
        long deployments,
        Double deploymentSuccessRate) {}
