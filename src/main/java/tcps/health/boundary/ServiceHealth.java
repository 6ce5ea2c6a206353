package tcps.health.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import tcps.database.control.DatabaseStatus;
import tcps.database.control.MigrationStatus;

/** The body of {@code GET /api/health}; {@code sseClients} counts the clients connected to {@code /api/stream}. */
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
    "components",
    "sseClients",
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
        Components components,
        int sseClients,
        Instant timestamp) {

    /** How often the service has started against this database, and since when. */
    public record Starts(long count, Instant first) {}

    /**
     * The production line's components as the last background check saw them (details at {@code
     * /api/health/components}). Their trouble shows here but does not make the service DOWN.
     */
    @JsonbPropertyOrder({"status", "byComponent", "checkedAt"})
    public record Components(String status, Map<String, String> byComponent, Instant checkedAt) {}
}
