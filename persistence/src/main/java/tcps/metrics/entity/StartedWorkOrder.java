package tcps.metrics.entity;

import java.time.Instant;

/**
 * A work order that has started and not ended (in progress or blocked): the stage it is in and since when. Only these
 * are kept in memory, and the WIP limits bound how many there are; queued work can run to millions.
 */
public record StartedWorkOrder(long id, String stage, Instant stageEnteredAt) {}
