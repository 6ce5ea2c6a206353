package tcps;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts of the tables requests write to, read straight from the tests' database: a refused request must leave
 * every one as it was.
 */
public final class LineTables {

    public static final List<String> TABLES = List.of(
            "work_order",
            "stage_visit",
            "receipt",
            "andon_event",
            "tpm_maintenance_task",
            "tpm_component_failure",
            "quality_gate_result",
            "quality_deployment",
            "kaizen_proposal",
            "kaizen_improvement",
            "api_key");

    private LineTables() {}

    public static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = PostgresDatabase.connect();
                Statement query = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Row counts could not be read from " + PostgresDatabase.URL, e);
        }
        return counts;
    }
}
