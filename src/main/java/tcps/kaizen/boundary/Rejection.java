package tcps.kaizen.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a rejection: why, so the proposer learns something from it. */
public record Rejection(@NotBlank @Size(max = 1000) String reason) {}
