package tcps.tpm.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Plan a maintenance task on a line component, due at {@code dueAt}. */
public record ScheduleMaintenance(
        @NotBlank @Size(max = 128) String component,
        @NotBlank @Size(max = 1000) String description,
        @NotNull Instant dueAt) {}
