package tcps.rest.boundary;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import tcps.storage.entity.Timestamps;

/**
 * Reads query parameters by hand, refusing bad ones with 400 naming the parameter: a JAX-RS ParamConverter that
 * rejects a query parameter makes the runtime answer 404 instead.
 */
public final class QueryParameters {

    public static final int MAX_LIMIT = 500;

    private QueryParameters() {}

    /** {@code null} when absent or blank. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.trim());
            if (Timestamps.isStorable(instant)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadRequestException("Query parameter '" + name
                + "' must be an ISO-8601 instant from year 1 to 9999, such as 2026-01-31T12:00:00Z.");
    }

    /** Bounds of a list's time filter: 'from' after 'to' is a mistake, answered as one rather than an empty page. */
    public static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("Query parameter 'from' (" + from + ") lies after 'to' (" + to + ").");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
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

    /** {@code limit} as given in the query: a whole number from 1 to {@value #MAX_LIMIT}. */
    public static int limit(String limit) {
        return limit(wholeNumber("limit", limit));
    }

    /** {@code offset} as given in the query: a whole number, 0 or more. */
    public static int offset(String offset) {
        return offset(wholeNumber("offset", offset));
    }

    private static int wholeNumber(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + value + "'");
        }
    }

    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    public static int offset(int offset) {
        if (offset < 0) {
            throw new BadRequestException("offset must not be negative");
        }
        return offset;
    }
}
