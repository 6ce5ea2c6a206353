package tcps.kaizen.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** An improvement made without a proposal, with its measured effect; {@code implementedAt} defaults to now. */
public record RecordImprovement(
        @NotBlank @Size(max = 255) String title,
        @NotNull @Pattern(regexp = WasteTypes.PATTERN, message = WasteTypes.MESSAGE) String wasteType,
        @NotNull @PositiveOrZero Double baselineValue,
        @NotNull @PositiveOrZero Double afterValue,
        @NotNull Boolean automated,
        Instant implementedAt) {}
