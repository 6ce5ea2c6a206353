package tcps.health.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import tcps.database.control.DatabaseStatus;
import tcps.database.control.MigrationStatus;

/** The body of {@code GET /api/health}. */
@JsonbPropertyOrder({
    "status",
    "service",
    "version",
    "host",
    "startedAt",
    "uptimeSeconds",
    "starts",
    "database",
    "migrations",
    "timestamp"
})
public record ServiceHealth(
        String status,
        String service,
        String version,
        String host,
        Instant startedAt,
        long uptimeSeconds,
        Starts starts,
        DatabaseStatus database,
        MigrationStatus migrations,
        Instant timestamp) {

    /** How often the service has started against this database, and since when. */
    public record Starts(long count, Instant first) {}
}
