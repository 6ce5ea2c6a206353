package tcps.andon.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ISO-8601 instant such as {@code 2026-01-31T12:00:00Z} (or with an offset); null is valid. Query parameters are
 * taken as text and checked with this, because a conversion failure in JAX-RS answers 404 instead of saying which
 * parameter is wrong.
 */
@Retention(RUNTIME)
@Target({PARAMETER, FIELD})
@Constraint(validatedBy = IsoInstantValidator.class)
public @interface IsoInstant {

    String message() default "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
