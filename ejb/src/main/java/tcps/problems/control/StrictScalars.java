package tcps.problems.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.OptionalLong;
import tcps.storage.entity.Timestamps;

/**
 * Numbers, booleans and strings read strictly. JSON-B alone turns 1.5 into 1 and 99999999999 into an int that wrapped around
 * (an id could name another row), 1e400 into an infinite double (stored, then no answer could be written), and "yes"
 * into false.
 */
public final class StrictScalars {

    private StrictScalars() {}

    public static class Ints implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = whole(parser.getValue(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value == null ? null : value.intValue();
        }
    }

    public static class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser.getValue(), Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    public static class Doubles implements JsonbDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonNumber number && Double.isFinite(number.doubleValue())) {
                return number.doubleValue();
            }
            throw new MisshapenJson(null, "must be a number within the range of a double");
        }
    }

    public static class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new MisshapenJson(null, "must be true or false");
        }
    }

    /**
     * Text fields take JSON strings only: JSON-B alone stores {@code [1,2]} as "2" and {@code 42} as "42". Text the
     * product cannot keep ({@link TextFaults}) is refused here, before anything is stored.
     */
    public static class Strings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof jakarta.json.JsonString text)) {
                throw new MisshapenJson(null, "must be a string");
            }
            String reason = TextFaults.reasonOf(text.getString());
            if (reason != null) {
                throw new MisshapenJson(null, reason);
            }
            return text.getString();
        }
    }

    /** Instants in ISO-8601 that both databases can keep (years 1 to 9999), never a billion years away. */
    public static class Instants implements JsonbDeserializer<java.time.Instant> {
        @Override
        public java.time.Instant deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            try {
                if (value instanceof jakarta.json.JsonString text) {
                    java.time.Instant instant =
                            java.time.Instant.parse(text.getString().strip());
                    if (Timestamps.isStorable(instant)) {
                        return instant;
                    }
                }
            } catch (java.time.format.DateTimeParseException e) {
                // answered below
            }
            throw new MisshapenJson(
                    null, "must be an ISO-8601 instant from year 1 to 9999, such as 2026-01-31T12:00:00Z");
        }
    }

    /** The value when it is a whole JSON number that fits a long: never rounded, never wrapped around. */
    public static OptionalLong exact(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(number.bigDecimalValue().longValueExact()); // 2.0 is whole too
        } catch (ArithmeticException fractionOrOutOfRange) {
            return OptionalLong.empty();
        }
    }

    private static Long whole(JsonValue value, long min, long max) {
        if (value == JsonValue.NULL) {
            return null;
        }
        OptionalLong exact = exact(value);
        if (exact.isEmpty() || exact.getAsLong() < min || exact.getAsLong() > max) {
            throw new MisshapenJson(null, "must be a whole number from " + min + " to " + max);
        }
        return exact.getAsLong();
    }
}
