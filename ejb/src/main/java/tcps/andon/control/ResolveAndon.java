package tcps.andon.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The command to close an Andon, also the body of {@code POST /api/andon/{id}/resolve}: what caused it, what fixed
 * it, what keeps it from coming back, and who says so. All four are required: a stop without its lesson is not done.
 */
public record ResolveAndon(
        @NotBlank @Size(max = 2000) String rootCause,
        @NotBlank @Size(max = 2000) String fixApplied,
        @NotBlank @Size(max = 2000) String preventionAdded,
        @NotBlank @Size(max = 128) String resolver) {}
