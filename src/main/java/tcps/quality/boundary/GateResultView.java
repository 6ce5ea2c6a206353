package tcps.quality.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tcps.quality.entity.QualityGateResult;

/** A gate result as the API shows it; measurements the gate did not take are null. */
@JsonbNillable
public record GateResultView(
        long id,
        long workOrderId,
        String skuId,
        String stage,
        String gate,
        boolean passed,
        Integer testsRun,
        Integer testsPassed,
        Integer testsFailed,
        Double coveragePercent,
        int defectsFound,
        Instant recordedAt) {

    static GateResultView of(QualityGateResult result) {
        return new GateResultView(
                result.getId(),
                result.getWorkOrderId(),
                result.getSkuId(),
                result.getStage(),
                result.getGate(),
                result.isPassed(),
                result.getTestsRun(),
                result.getTestsPassed(),
                result.getTestsFailed(),
                result.getCoveragePercent(),
                result.getDefectsFound(),
                result.getRecordedAt());
    }
}
