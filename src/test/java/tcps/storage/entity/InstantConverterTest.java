package tcps.storage.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void roundTripKeepsTheInstantToTheNanosecond() {
        Instant instant = Instant.parse("2026-01-26T12:00:00.123456789Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
                .isEqualTo(instant);
    }

    @Test
    void theJvmTimeZoneDoesNotShiftTheInstant() {
        TimeZone original = TimeZone.getDefault();
        try {
            Instant instant = Instant.parse("2026-03-29T01:30:00Z");
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            var stored = converter.convertToDatabaseColumn(instant);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

            assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void readsWhatEachDatabaseHandsOver() {
        Instant instant = Instant.parse("2026-01-26T12:00:00.123456Z");

        assertThat(converter.convertToEntityAttribute(java.sql.Timestamp.from(instant)))
                .isEqualTo(instant);
        assertThat(converter.convertToEntityAttribute(instant.atOffset(java.time.ZoneOffset.ofHours(2))))
                .isEqualTo(instant);
        assertThat(converter.convertToEntityAttribute(instant.atZone(java.time.ZoneId.of("Asia/Tokyo"))))
                .isEqualTo(instant);
    }

    @Test
    void refusesWhatIsNoInstant() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> converter.convertToEntityAttribute("yesterday"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
