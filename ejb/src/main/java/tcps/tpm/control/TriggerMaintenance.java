package tcps.tpm.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Ask for maintenance now, because something looks wrong with the component (an operator or self-healing). */
public record TriggerMaintenance(
        @NotBlank @Size(max = 128) String component, @NotBlank @Size(max = 1000) String reason) {}
