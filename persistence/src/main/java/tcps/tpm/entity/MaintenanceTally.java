package tcps.tpm.entity;

/** Tasks due in a window and how many of them were completed on or before their due time. */
public record MaintenanceTally(long due, long completedOnTime) {}
