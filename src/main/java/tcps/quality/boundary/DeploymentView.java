package tcps.quality.boundary;

import java.time.Instant;
import tcps.quality.entity.DeploymentOutcome;

/** A deployment outcome as the API shows it. */
public record DeploymentView(
        long id, long workOrderId, String skuId, String environment, boolean success, Instant recordedAt) {

    static DeploymentView of(DeploymentOutcome outcome) {
        return new DeploymentView(
                outcome.getId(),
                outcome.getWorkOrderId(),
                outcome.getSkuId(),
                outcome.getEnvironment(),
                outcome.isSuccess(),
                outcome.getRecordedAt());
    }
}
