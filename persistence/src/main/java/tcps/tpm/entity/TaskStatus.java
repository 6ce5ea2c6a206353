package tcps.tpm.entity;

/** Filter for listing maintenance tasks; overdue tasks are open tasks past their due time. */
public enum TaskStatus {
    OPEN,
    COMPLETED,
    OVERDUE
}
