package tcps.alerting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The body of {@code POST /api/silences}: matchers, when it starts (default now) and ends, and why. */
public record SilenceInput(
        @NotEmpty @Valid @Size(max = 20) List<MatcherInput> matchers,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 2000) String comment) {}
