package tcps.workorders.entity;

/** A work order's life: QUEUED until its bucket has a slot, then IN_PROGRESS (or BLOCKED) until it ends. */
public enum WorkOrderStatus {
    QUEUED,
    IN_PROGRESS,
    BLOCKED,
    COMPLETED,
    FAILED,
    CANCELLED;

    /** Started and not ended: it holds a WIP slot of its bucket. */
    public boolean holdsSlot() {
        return this == IN_PROGRESS || this == BLOCKED;
    }

    public boolean ended() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
