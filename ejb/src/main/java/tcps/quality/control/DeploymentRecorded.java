package tcps.quality.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a deployment outcome is stored. */
public record DeploymentRecorded(
        long deploymentId, long workOrderId, String skuId, String environment, boolean success, Instant recordedAt)
        implements LineChange {

    @Override
    public Instant at() {
        return recordedAt;
    }
}
