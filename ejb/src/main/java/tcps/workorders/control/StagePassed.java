package tcps.workorders.control;

import tcps.workorders.entity.StageVisit;
import tcps.workorders.entity.WorkOrder;

/**
 * A work order passed a stage (the last one too, when it completes). Fired synchronously inside the command's
 * transaction, so what observers write for it (the receipt) commits with the stage visit or not at all.
 */
public record StagePassed(WorkOrder workOrder, StageVisit visit) {}
