package tcps.metrichistory.entity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import tcps.storage.entity.Slice;

/**
 * Minute rollups in the database, written once a minute as one JDBC batch on the transaction's connection: no entity
 * per row and no id to fetch, the key is the metric and its minute. A minute written before (a flush of the minute so
 * far) is replaced by its fuller version. Joins the caller's transaction, like every store.
 */
@ApplicationScoped
public class MetricRollupStore {

    private static final int DELETE_CHUNK = 500;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource database;

    public void replace(List<MetricRollup> rollups) {
        if (rollups.isEmpty()) {
            return;
        }
        Map<Instant, List<String>> metricsByMinute = rollups.stream()
                .collect(Collectors.groupingBy(
                        MetricRollup::minute,
                        TreeMap::new,
                        Collectors.mapping(MetricRollup::metric, Collectors.toList())));
        try (Connection connection = database.getConnection()) {
            for (Map.Entry<Instant, List<String>> minute : metricsByMinute.entrySet()) {
                delete(connection, minute.getKey(), minute.getValue());
            }
            insert(connection, rollups);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + rollups.size() + " metric rollups failed", e);
        }
    }

    private static void delete(Connection connection, Instant minute, List<String> metrics) throws SQLException {
        for (int from = 0; from < metrics.size(); from += DELETE_CHUNK) {
            List<String> chunk = metrics.subList(from, Math.min(metrics.size(), from + DELETE_CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement sql = connection.prepareStatement(
                    "DELETE FROM metric_rollup WHERE minute_start = ? AND metric IN (" + marks + ")")) {
                sql.setObject(1, timestamp(minute));
                for (int i = 0; i < chunk.size(); i++) {
                    sql.setString(i + 2, chunk.get(i));
                }
                sql.executeUpdate();
            }
        }
    }

    private static void insert(Connection connection, List<MetricRollup> rollups) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("INSERT INTO metric_rollup"
                + " (metric, minute_start, samples, min_value, max_value, sum_value, last_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (MetricRollup rollup : rollups) {
                sql.setString(1, rollup.metric());
                sql.setObject(2, timestamp(rollup.minute()));
                sql.setLong(3, rollup.samples());
                sql.setDouble(4, rollup.min());
                sql.setDouble(5, rollup.max());
                sql.setDouble(6, rollup.sum());
                sql.setDouble(7, rollup.last());
                sql.addBatch();
            }
            sql.executeBatch();
        }
    }

    /** One metric's minutes in [from, to), oldest first, at most {@code max} of them. */
    public List<MetricRollup> find(String metric, Instant from, Instant to, int max) {
        try (Connection connection = database.getConnection();
                PreparedStatement sql = connection.prepareStatement(
                        "SELECT metric, minute_start, samples, min_value, max_value, sum_value, last_value"
                                + " FROM metric_rollup WHERE metric = ? AND minute_start >= ? AND minute_start < ?"
                                + " ORDER BY minute_start")) {
            sql.setString(1, metric);
            sql.setObject(2, timestamp(from));
            sql.setObject(3, timestamp(to));
            sql.setMaxRows(max);
            List<MetricRollup> rollups = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    rollups.add(new MetricRollup(
                            rows.getString(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getLong(3),
                            rows.getDouble(4),
                            rows.getDouble(5),
                            rows.getDouble(6),
                            rows.getDouble(7)));
                }
            }
            return rollups;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the history of " + metric + " failed", e);
        }
    }

    /** The metrics with history, alphabetically; {@code prefix} (may be null) narrows them. */
    public Slice<String> names(String prefix, int offset, int limit) {
        String where = prefix == null ? "" : " WHERE metric LIKE ? ESCAPE '!'";
        try (Connection connection = database.getConnection();
                PreparedStatement page = connection.prepareStatement("SELECT DISTINCT metric FROM metric_rollup" + where
                        + " ORDER BY metric OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY");
                PreparedStatement count =
                        connection.prepareStatement("SELECT COUNT(DISTINCT metric) FROM metric_rollup" + where)) {
            if (prefix != null) {
                String pattern = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                page.setString(1, pattern);
                count.setString(1, pattern);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return new Slice<>(names, rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing metric names failed", e);
        }
    }

    /** Deletes every minute before {@code cutoff}; answers how many rows went. */
    public int purgeBefore(Instant cutoff) {
        try (Connection connection = database.getConnection();
                PreparedStatement sql =
                        connection.prepareStatement("DELETE FROM metric_rollup WHERE minute_start < ?")) {
            sql.setObject(1, timestamp(cutoff));
            return sql.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Purging metric history failed", e);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
