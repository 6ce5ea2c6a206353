package tcps.andon.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IsoInstantValidatorTest {

    private final IsoInstantValidator validator = new IsoInstantValidator();

    @Test
    void acceptsInstantsWithZoneOrOffsetAndNothing() {
        assertThat(validator.isValid("2026-01-31T12:00:00Z", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(IsoInstantValidator.parse("2026-01-31T14:00:00+02:00"))
                .isEqualTo(Instant.parse("2026-01-31T12:00:00Z"));
    }

    @Test
    void refusesDatesWithoutTimeAndImpossibleDates() {
        assertThat(validator.isValid("2026-01-31", null)).isFalse();
        assertThat(validator.isValid("2026-13-01T00:00:00Z", null)).isFalse();
        assertThat(validator.isValid("yesterday", null)).isFalse();
    }
}
