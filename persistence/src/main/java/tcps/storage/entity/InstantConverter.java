package tcps.storage.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Stores {@link Instant} in TIMESTAMP WITH TIME ZONE columns; without it EclipseLink 4 serialises Instant into a blob.
 * Written as an epoch-based Timestamp, so the instant survives whatever the JVM's time zone. Read back as whatever
 * the platform hands over: EclipseLink gives a Timestamp on PostgreSQL but an OffsetDateTime on H2.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

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
        throw new IllegalArgumentException(
                "Cannot read an instant from " + stored.getClass().getName());
    }
}
