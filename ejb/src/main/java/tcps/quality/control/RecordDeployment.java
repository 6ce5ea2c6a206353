package tcps.quality.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** How deploying a work order's build to an environment went; {@code recordedAt} defaults to now. */
public record RecordDeployment(
        @NotNull @Positive Long workOrderId,
        @NotBlank @Size(max = 128) String skuId,
        @NotBlank @Size(max = 64) String environment,
        @NotNull Boolean success,
        Instant recordedAt) {}
