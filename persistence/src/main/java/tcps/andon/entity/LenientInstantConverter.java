package tcps.andon.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * Stores {@link Instant} in TIMESTAMP WITH TIME ZONE columns and reads back whatever the driver hands over: the
 * PostgreSQL driver returns {@link Timestamp}, H2 2.x returns {@link OffsetDateTime}. The shared converter expects a
 * Timestamp only, so an Andon read from H2 (the embedded database) would fail; the database-side type is declared as
 * Object so that EclipseLink passes the driver's value through unchanged.
 */
@Converter
public class LenientInstantConverter implements AttributeConverter<Instant, Object> {

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (stored instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (stored instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (stored instanceof Instant instant) {
            return instant;
        }
        if (stored instanceof Date date) {
            return date.toInstant();
        }
        throw new IllegalArgumentException(
                "Not a point in time: " + stored.getClass().getName());
    }
}
