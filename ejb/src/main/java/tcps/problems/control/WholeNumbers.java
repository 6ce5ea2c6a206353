package tcps.problems.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.OptionalLong;

/**
 * Whole-number fields read strictly: JSON-B alone turns 1.5 into 1 and 99999999999 into an int that wrapped around,
 * so an id or a count could silently name another row. Anything but a whole JSON number in range is refused.
 */
public final class WholeNumbers {

    private WholeNumbers() {}

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
