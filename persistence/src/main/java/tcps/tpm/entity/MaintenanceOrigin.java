package tcps.tpm.entity;

/** Why a maintenance task exists: planned ahead, or asked for because something looked wrong. */
public enum MaintenanceOrigin {
    SCHEDULED,
    ON_DEMAND
}
