package tcps.database.control;

/** One probe of the database: whether it answered, how fast, and what it is. */
public record DatabaseStatus(boolean reachable, double latencyMs, String product, String error) {}
