package tcps.quality.control;

import java.time.Instant;

/** Fired once a deployment outcome is stored. */
public record DeploymentRecorded(
        long deploymentId, long workOrderId, String skuId, String environment, boolean success, Instant recordedAt) {}
