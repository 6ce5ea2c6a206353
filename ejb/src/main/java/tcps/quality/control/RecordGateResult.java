package tcps.quality.control;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The result of one quality gate for a work order at a stage. Test counts and coverage are optional (a security scan
 * runs no tests); {@code defectsFound} defaults to 0 and {@code recordedAt} to now.
 */
public record RecordGateResult(
        @NotNull @Positive Long workOrderId,
        @NotBlank @Size(max = 128) String skuId,
        @NotBlank @Size(max = 64) String stage,
        @NotBlank @Size(max = 64) String gate,
        @NotNull Boolean passed,
        @PositiveOrZero Integer testsRun,
        @PositiveOrZero Integer testsPassed,
        @PositiveOrZero Integer testsFailed,
        @DecimalMin("0.0") @DecimalMax("1.0") Double coveragePercent,
        @PositiveOrZero Integer defectsFound,
        Instant recordedAt) {

    /** Passed and failed tests cannot add up to more than the tests run. */
    @AssertTrue(message = "testsPassed + testsFailed must not exceed testsRun")
    public boolean isTestCountsConsistent() {
        if (testsRun == null) {
            return testsPassed == null && testsFailed == null;
        }
        return nullAsZero(testsPassed) + nullAsZero(testsFailed) <= testsRun;
    }

    private static long nullAsZero(Integer value) {
        return value == null ? 0 : value;
    }
}
