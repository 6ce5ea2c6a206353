package tcps.metrics.boundary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcps.PostgresDatabase;

/** The figures recomputed straight from the rows the product stored, row by row: what the aggregates must equal. */
final class LineTruth {

    private LineTruth() {}

    /** Lead or cycle times (ms) of the work orders completed at or after {@code from}; column is created or started. */
    static List<Long> completedTimes(String startColumn, Instant from) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT " + startColumn
                        + ", completed_at FROM work_order WHERE status = 'COMPLETED' AND completed_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(Duration.between(
                                    rows.getTimestamp(1).toInstant(),
                                    rows.getTimestamp(2).toInstant())
                            .toMillis());
                }
            }
        }
        return times;
    }

    /** Visits ended at or after {@code from}: count and total dwell (ms) per stage. */
    static Map<String, long[]> stageDwell(Instant from) throws SQLException {
        Map<String, long[]> dwell = new HashMap<>();
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "SELECT stage, entered_at, exited_at FROM stage_visit WHERE exited_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long ms = Duration.between(
                                    rows.getTimestamp(2).toInstant(),
                                    rows.getTimestamp(3).toInstant())
                            .toMillis();
                    long[] tally = dwell.computeIfAbsent(rows.getString(1), stage -> new long[2]);
                    tally[0]++;
                    tally[1] += ms;
                }
            }
        }
        return dwell;
    }

    /** Started, unended work orders per stage. */
    static Map<String, Long> inStage() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement query = db.prepareStatement("SELECT stage, COUNT(*) FROM work_order"
                        + " WHERE status IN ('IN_PROGRESS', 'BLOCKED') GROUP BY stage");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    /** The value HdrHistogram answers for {@code percentile}: the smallest value with that share at or below it. */
    static long percentile(List<Long> values, double percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = Math.max(1, (int) Math.ceil(percentile / 100 * sorted.size()));
        return sorted.get(rank - 1);
    }

    static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElseThrow();
    }
}
