package tcps.problems.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.Json;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestBindingTest {

    public record Gate(Long workOrderId, Integer testsRun, Instant recordedAt) {}

    public record Outcome(Double baselineValue, Boolean success) {}

    public record Wrapper(String name, Gate gate) {}

    private static Gate gate(String json) {
        return RequestBinding.JSONB.fromJson(json, Gate.class);
    }

    private static String failure(String json, Class<?> type) {
        Throwable thrown = catchThrowable(() -> RequestBinding.JSONB.fromJson(json, type));
        assertThat(thrown).as("binding %s", json).isNotNull();
        return RequestBinding.describeFailure(thrown).orElse("(no field named)");
    }

    @Test
    void wholeNumbersInRangeAndNullsBind() {
        Gate gate = gate("{\"workOrderId\": 9223372036854775807, \"testsRun\": -2147483648}");

        assertThat(gate.workOrderId()).isEqualTo(Long.MAX_VALUE);
        assertThat(gate.testsRun()).isEqualTo(Integer.MIN_VALUE);
        assertThat(gate("{\"workOrderId\": null}").workOrderId()).isNull();
        assertThat(gate("{\"testsRun\": 2.0}").testsRun()).isEqualTo(2);
    }

    @Test
    void fractionsAndNumbersOutOfRangeAreRefusedRatherThanRoundedOrWrapped() {
        assertThat(failure("{\"workOrderId\": 1.5}", Gate.class))
                .isEqualTo("workOrderId must be a whole number from -9223372036854775808 to 9223372036854775807.");
        assertThat(failure("{\"workOrderId\": 18446744073709551617}", Gate.class))
                .startsWith("workOrderId must be");
        assertThat(failure("{\"testsRun\": 99999999999}", Gate.class))
                .isEqualTo("testsRun must be a whole number from -2147483648 to 2147483647.");
        assertThat(failure("{\"testsRun\": \"7\"}", Gate.class)).startsWith("testsRun must be a whole number");
    }

    @Test
    void doublesMustBeFiniteAndBooleansTrueOrFalse() {
        Outcome outcome = RequestBinding.JSONB.fromJson("{\"baselineValue\": 2.5e3, \"success\": true}", Outcome.class);

        assertThat(outcome).isEqualTo(new Outcome(2500.0, true));
        assertThat(failure("{\"baselineValue\": 1e400}", Outcome.class))
                .isEqualTo("baselineValue must be a number within the range of a double.");
        assertThat(failure("{\"success\": \"yes\"}", Outcome.class)).isEqualTo("success must be true or false.");
        assertThat(failure("{\"success\": 1}", Outcome.class)).isEqualTo("success must be true or false.");
    }

    @Test
    void aFieldOfTheWrongFormatIsNamedWithItsPathAndAHintForTimes() {
        assertThat(failure("{\"recordedAt\": \"tomorrow\"}", Gate.class))
                .isEqualTo("recordedAt must be an ISO-8601 instant from year 1 to 9999, such as 2026-01-31T12:00:00Z.");
        assertThat(failure("{\"recordedAt\": \"-999999999-01-01T00:00:00Z\"}", Gate.class))
                .startsWith("recordedAt must be an ISO-8601 instant from year 1 to 9999");
        assertThat(failure("{\"name\": \"n\", \"gate\": {\"testsRun\": 1.5}}", Wrapper.class))
                .startsWith("gate.testsRun must be a whole number");
        assertThat(failure("{\"name\": {}}", Wrapper.class)).isEqualTo("name must be a string.");
        assertThat(failure("{\"name\": [1, 2]}", Wrapper.class)).isEqualTo("name must be a string.");
        assertThat(failure("{\"name\": 42}", Wrapper.class)).isEqualTo("name must be a string.");
        assertThat(failure("{\"name\": \"a\\u0000b\"}", Wrapper.class))
                .isEqualTo("name must not contain the NUL character (U+0000).");
    }

    @Test
    void answersAreWrittenAsWithTheDefaults() throws Exception {
        var answer = Map.of("gate", new Gate(7L, 3, Instant.parse("2026-01-31T12:00:00Z")), "n", 1.5);
        try (var defaults = JsonbBuilder.create()) {
            assertThat(RequestBinding.JSONB.toJson(answer)).isEqualTo(defaults.toJson(answer));
        }
    }

    @Test
    void exactReadsOnlyWholeNumbersThatFitALong() {
        assertThat(StrictScalars.exact(Json.createValue(42))).hasValue(42);
        assertThat(StrictScalars.exact(Json.createValue(1.5))).isEmpty();
        assertThat(StrictScalars.exact(Json.createValue(new java.math.BigInteger("18446744073709551617"))))
                .isEmpty();
        assertThat(StrictScalars.exact(Json.createValue("42"))).isEmpty();
    }
}
