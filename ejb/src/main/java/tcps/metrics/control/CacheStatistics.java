package tcps.metrics.control;

/** The snapshot cache's counters since start-up; evictions are entries dropped by TTL or size, not invalidations. */
public record CacheStatistics(long hits, long misses, long evictions, double hitRate, long entries, long ttlSeconds) {}
