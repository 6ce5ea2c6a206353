package tcps.quality.entity;

/** Deployments in a window and how many succeeded. */
public record DeploymentTally(long deployments, long succeeded) {}
