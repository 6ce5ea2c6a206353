package tcps.backups.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The product's tables, parents before the tables whose foreign keys point at them; Flyway's own table left out. */
final class TableOrder {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private TableOrder() {}

    static List<String> restoreOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> tables = new TreeSet<>();
        try (ResultSet rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(FLYWAY_HISTORY)) {
                    tables.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> of = new TreeSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, stored(meta, table))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(table, of);
        }
        return sorted(parents);
    }

    /** Depth-first: a table is listed once all its parents are. */
    static List<String> sorted(Map<String, Set<String>> parents) {
        Set<String> done = new LinkedHashSet<>();
        parents.keySet().forEach(table -> visit(table, parents, done, new LinkedHashSet<>()));
        return new ArrayList<>(done);
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> done, Set<String> path) {
        if (done.contains(table) || !path.add(table)) {
            return;
        }
        parents.getOrDefault(table, Set.of()).forEach(parent -> visit(parent, parents, done, path));
        done.add(table);
    }

    /** Identifiers as the catalogue stores them: upper case on H2, lower case on PostgreSQL. */
    static String stored(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
