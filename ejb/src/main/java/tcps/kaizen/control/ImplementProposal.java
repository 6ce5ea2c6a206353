package tcps.kaizen.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;

/**
 * The measured effect of implementing a proposal: the waste measure (minutes waited, defects per build, ...) before
 * and after. {@code implementedAt} defaults to now.
 */
public record ImplementProposal(
        @NotNull @PositiveOrZero Double baselineValue,
        @NotNull @PositiveOrZero Double afterValue,
        @NotNull Boolean automated,
        Instant implementedAt) {}
