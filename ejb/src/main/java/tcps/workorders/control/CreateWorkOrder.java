package tcps.workorders.control;

import tcps.workorders.entity.Priority;

/** What it takes to put work on the line; a null {@code skuId} gets one assigned ({@code SKU-<bucket>-<id>}). */
public record CreateWorkOrder(String description, Priority priority, String bucket, String skuId) {}
