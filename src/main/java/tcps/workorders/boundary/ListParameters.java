package tcps.workorders.boundary;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses list query parameters, refusing bad ones with 400 rather than ignoring them. */
final class ListParameters {

    static final int MAX_LIMIT = 500;

    private ListParameters() {}

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-01-26T12:00:00Z");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    name + " '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    static int offset(int offset) {
        if (offset < 0) {
            throw new BadRequestException("offset must not be negative");
        }
        return offset;
    }
}
