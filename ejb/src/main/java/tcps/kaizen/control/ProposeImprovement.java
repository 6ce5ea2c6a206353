package tcps.kaizen.control;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A Kaizen proposal; {@code expectedReduction} (0..1) is optional and {@code proposedAt} defaults to now. */
public record ProposeImprovement(
        @NotBlank @Size(max = 255) String title,
        @NotNull @Pattern(regexp = WasteTypes.PATTERN, message = WasteTypes.MESSAGE) String wasteType,
        @NotBlank @Size(max = 2000) String description,
        @DecimalMin("0.0") @DecimalMax("1.0") Double expectedReduction,
        Instant proposedAt) {}
