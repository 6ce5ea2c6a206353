package tcps.quality.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import tcps.problems.control.UnknownEntity;
import tcps.quality.entity.DeploymentOutcome;
import tcps.quality.entity.DeploymentOutcomeStore;
import tcps.quality.entity.QualityGateResult;
import tcps.quality.entity.QualityGateResultStore;
import tcps.storage.entity.Slice;
import tcps.storage.entity.Timestamps;
import tcps.workorders.entity.WorkOrderStore;

/** Records gate results and deployment outcomes as CI pipelines report them. */
@Stateless
public class QualityRecorder {

    @Inject
    QualityGateResultStore results;

    @Inject
    DeploymentOutcomeStore deployments;

    @Inject
    WorkOrderStore workOrders;

    @Inject
    Event<QualityGateRecorded> gateRecorded;

    @Inject
    Event<DeploymentRecorded> deploymentRecorded;

    public QualityGateResult recordGate(RecordGateResult command) {
        requireWorkOrder(command.workOrderId());
        int defects = command.defectsFound() == null ? 0 : command.defectsFound();
        QualityGateResult result = results.save(new QualityGateResult(
                        command.workOrderId(), command.skuId(), command.stage(), command.gate(), command.passed())
                .measured(
                        command.testsRun(),
                        command.testsPassed(),
                        command.testsFailed(),
                        command.coveragePercent(),
                        defects)
                .at(orNow(command.recordedAt())));
        gateRecorded.fire(new QualityGateRecorded(
                result.getId(),
                result.getWorkOrderId(),
                result.getSkuId(),
                result.getStage(),
                result.getGate(),
                result.isPassed(),
                defects,
                result.getRecordedAt()));
        return result;
    }

    public DeploymentOutcome recordDeployment(RecordDeployment command) {
        requireWorkOrder(command.workOrderId());
        DeploymentOutcome outcome = deployments.save(new DeploymentOutcome(
                command.workOrderId(),
                command.skuId(),
                command.environment(),
                command.success(),
                orNow(command.recordedAt())));
        deploymentRecorded.fire(new DeploymentRecorded(
                outcome.getId(),
                outcome.getWorkOrderId(),
                outcome.getSkuId(),
                outcome.getEnvironment(),
                outcome.isSuccess(),
                outcome.getRecordedAt()));
        return outcome;
    }

    /** A result about a work order the line never had would count in every quality figure, and name nothing. */
    private void requireWorkOrder(long workOrderId) {
        if (workOrders.find(workOrderId).isEmpty()) {
            throw new UnknownEntity("work order", workOrderId);
        }
    }

    public QualityGateResult gateResult(long id) {
        return results.find(id).orElseThrow(() -> new UnknownEntity("quality gate result", id));
    }

    public DeploymentOutcome deployment(long id) {
        return deployments.find(id).orElseThrow(() -> new UnknownEntity("deployment", id));
    }

    public Slice<QualityGateResult> gateResults(Long workOrderId, String skuId, String gate, int limit, int offset) {
        return results.list(workOrderId, skuId, gate, limit, offset);
    }

    public Slice<DeploymentOutcome> deployments(
            Long workOrderId, String skuId, String environment, int limit, int offset) {
        return deployments.list(workOrderId, skuId, environment, limit, offset);
    }

    private static Instant orNow(Instant at) {
        return at != null ? at : Timestamps.now();
    }
}
