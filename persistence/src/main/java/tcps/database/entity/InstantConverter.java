package tcps.database.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant} in TIMESTAMP WITH TIME ZONE columns. Without it EclipseLink 4 serialises Instant into a
 * blob. Timestamp rather than OffsetDateTime because EclipseLink reads PostgreSQL's timestamptz as Timestamp; both
 * are epoch-based, so the instant survives whatever the JVM's time zone.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp stored) {
        return stored == null ? null : stored.toInstant();
    }
}
