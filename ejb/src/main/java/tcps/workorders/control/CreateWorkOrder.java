package tcps.workorders.control;

import tcps.workorders.entity.Priority;

/** What it takes to put work on the line. */
public record CreateWorkOrder(String description, Priority priority, String bucket, String skuId) {}
