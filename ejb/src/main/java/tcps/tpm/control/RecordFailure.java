package tcps.tpm.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A component broke down; {@code failedAt} defaults to now. */
public record RecordFailure(
        @NotBlank @Size(max = 128) String component, @NotBlank @Size(max = 1000) String cause, Instant failedAt) {}
