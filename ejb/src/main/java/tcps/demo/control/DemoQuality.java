package tcps.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Random;
import tcps.quality.control.QualityRecorder;
import tcps.quality.control.RecordDeployment;
import tcps.quality.control.RecordGateResult;
import tcps.workorders.entity.WorkOrder;

/** What the demo line's pipelines report as work passes the testing, quality-gate and deployment stages. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoQuality {

    @Inject
    QualityRecorder recorder;

    /** Reports on the stage the work order is about to pass; returns whether it passed. */
    public boolean report(Random random, WorkOrder workOrder) {
        String stage = workOrder.getStage();
        boolean passed = random.nextDouble() > 0.06;
        switch (stage) {
            case "testing" -> {
                int run = 40 + random.nextInt(200);
                int failed = passed ? 0 : 1 + random.nextInt(3);
                recorder.recordGate(new RecordGateResult(
                        workOrder.getId(),
                        workOrder.getSkuId(),
                        stage,
                        "unit_tests",
                        passed,
                        run,
                        run - failed,
                        failed,
                        0.78 + random.nextDouble() * 0.2,
                        failed,
                        null));
            }
            case "quality_gate" -> recorder.recordGate(new RecordGateResult(
                    workOrder.getId(),
                    workOrder.getSkuId(),
                    stage,
                    "security_scan",
                    passed,
                    null,
                    null,
                    null,
                    null,
                    passed ? 0 : 1,
                    null));
            case "deployment" -> recorder.recordDeployment(
                    new RecordDeployment(workOrder.getId(), workOrder.getSkuId(), "production", passed, null));
            default -> {
                return true;
            }
        }
        return passed;
    }
}
