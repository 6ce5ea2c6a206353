package tcps.quality.entity;

/**
 * Gate results in a window, counted by the database. {@code averageCoverage} is null when no result measured
 * coverage.
 */
public record GateTally(
        long results,
        long passed,
        long withDefects,
        Double averageCoverage,
        long testsRun,
        long testsPassed,
        long securityScans,
        long securityScansPassed) {}
