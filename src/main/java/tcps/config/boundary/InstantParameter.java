package tcps.config.boundary;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads optional ISO-8601 instants from query parameters. Parsed by hand rather than by a ParamConverter because
 * JAX-RS answers 404, not 400, when a converter rejects a query parameter.
 */
public final class InstantParameter {

    private InstantParameter() {}

    /** {@code null} when absent or blank; 400 naming the parameter when it is not an instant. */
    public static Instant parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "Query parameter '" + name + "' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z.");
        }
    }
}
