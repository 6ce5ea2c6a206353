package tcps.backups.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Column values to JSON and back, by JDBC type, the same on H2 and PostgreSQL: whole numbers and decimals as JSON
 * numbers, booleans as booleans, timestamps as ISO-8601 instants in UTC, everything else as text.
 */
final class ColumnCodec {

    private ColumnCodec() {}

    static void write(JsonGenerator json, String column, ResultSet row, int index, int type) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long value = row.getLong(index);
                writeOrNull(json, column, row.wasNull(), () -> json.write(column, value));
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double value = row.getDouble(index);
                // JSON has no Infinity or NaN: such a value, however it got stored, is kept as its name
                writeOrNull(json, column, row.wasNull(), () -> {
                    if (Double.isFinite(value)) {
                        json.write(column, value);
                    } else {
                        json.write(column, Double.toString(value));
                    }
                });
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                var value = row.getBigDecimal(index);
                writeOrNull(json, column, value == null, () -> json.write(column, value));
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = row.getBoolean(index);
                writeOrNull(json, column, row.wasNull(), () -> json.write(column, value));
            }
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                writeOrNull(
                        json,
                        column,
                        value == null,
                        () -> json.write(column, value.toInstant().toString()));
            }
            default -> {
                String value = row.getString(index);
                writeOrNull(json, column, value == null, () -> json.write(column, value));
            }
        }
    }

    private static void writeOrNull(JsonGenerator json, String column, boolean isNull, Runnable write) {
        if (isNull) {
            json.writeNull(column);
        } else {
            write.run();
        }
    }

    static void bind(PreparedStatement insert, int index, int type, JsonObject row, String column) throws SQLException {
        JsonValue value = row.get(column);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setLong(
                    index, ((JsonNumber) value).longValueExact());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(
                    index,
                    value instanceof JsonString named
                            ? Double.parseDouble(named.getString())
                            : ((JsonNumber) value).doubleValue());
            case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value == JsonValue.TRUE);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> insert.setObject(
                    index, Instant.parse(((JsonString) value).getString()).atOffset(ZoneOffset.UTC));
            default -> insert.setString(index, ((JsonString) value).getString());
        }
    }
}
