package tcps.export.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** The component health report: overall status (the worst component), each component, and when it was checked. */
public record HealthSummary(String status, Instant checkedAt, List<Component> components) {

    /** {@code reason} is null while healthy; {@code details} are the check's figures. */
    public record Component(String component, String status, String reason, JsonObject details) {}
}
