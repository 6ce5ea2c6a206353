package tcps.andon.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LenientInstantConverterTest {

    private static final Instant AT = Instant.parse("2026-01-31T10:15:30.123456Z");

    private final LenientInstantConverter converter = new LenientInstantConverter();

    @Test
    void writesATimestampOfTheSameInstant() {
        assertThat(converter.convertToDatabaseColumn(AT)).isEqualTo(Timestamp.from(AT));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void readsWhatPostgresqlAndH2HandOver() {
        assertThat(converter.convertToEntityAttribute(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(converter.convertToEntityAttribute(AT.atOffset(ZoneOffset.ofHours(2))))
                .isEqualTo(AT);
        assertThat(converter.convertToEntityAttribute(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC)))
                .isEqualTo(AT);
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void refusesWhatIsNoPointInTime() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("yesterday"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
