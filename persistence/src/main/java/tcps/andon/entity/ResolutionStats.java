package tcps.andon.entity;

/** How many Andon events were resolved and their average resolution time; the average is null when none were. */
public record ResolutionStats(long resolved, Double averageMillis) {}
