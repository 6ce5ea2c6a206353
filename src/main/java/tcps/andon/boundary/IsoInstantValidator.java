package tcps.andon.boundary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tcps.storage.entity.Timestamps;

public class IsoInstantValidator implements ConstraintValidator<IsoInstant, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || parse(value) != null;
    }

    /** The instant, or null when the text is absent or not an ISO-8601 instant. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant instant = Instant.parse(value.strip());
            return Timestamps.isStorable(instant) ? instant : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
