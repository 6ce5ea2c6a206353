package tcps.backups.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Replaces the content of every table in the manifest with the backup's rows, on the caller's connection (one
 * transaction: the caller commits or rolls back). Children are emptied before parents and filled after them; each
 * table's id sequence then continues after the highest restored id, or where it was if that is higher.
 */
final class BackupRestorer {

    private static final int BATCH = 500;

    private BackupRestorer() {}

    static void restore(Connection connection, Path folder, BackupManifest manifest) throws SQLException, IOException {
        List<BackupManifest.TableFile> tables = manifest.tables();
        List<BackupManifest.TableFile> childrenFirst = new ArrayList<>(tables);
        Collections.reverse(childrenFirst);
        try (Statement sql = connection.createStatement()) {
            for (BackupManifest.TableFile table : childrenFirst) {
                sql.executeUpdate("DELETE FROM " + table.table());
            }
        }
        Set<String> sequences = sequences(connection);
        for (BackupManifest.TableFile table : tables) {
            long rows = insertRows(connection, table.table(), folder.resolve(table.file()));
            if (rows != table.rows()) {
                throw new IllegalStateException(
                        table.table() + ": restored " + rows + " rows, the manifest says " + table.rows());
            }
            if (sequences.contains(table.table() + "_seq")) {
                continueSequence(connection, table.table());
            }
        }
    }

    private static long insertRows(Connection connection, String table, Path file) throws SQLException, IOException {
        List<String> columns = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet empty = sql.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                types.add(meta.getColumnType(i));
            }
        }
        String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert);
                BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonObject row;
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    row = reader.readObject();
                }
                for (int i = 0; i < columns.size(); i++) {
                    ColumnCodec.bind(statement, i + 1, types.get(i), row, columns.get(i));
                }
                statement.addBatch();
                if (++rows % BATCH == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        return rows;
    }

    private static Set<String> sequences(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT sequence_name FROM information_schema.sequences")) {
            while (rows.next()) {
                names.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * Never backwards: ids handed out before the restore (and ids an instance reserved ahead) stay below the sequence,
     * so none of them is handed out twice.
     */
    private static void continueSequence(Connection connection, String table) throws SQLException {
        long next;
        try (Statement sql = connection.createStatement();
                ResultSet max = sql.executeQuery("SELECT MAX(id) FROM " + table)) {
            max.next();
            next = max.getLong(1) + 1;
        }
        try (Statement sql = connection.createStatement();
                ResultSet current = sql.executeQuery("SELECT nextval('" + table + "_seq')")) {
            current.next();
            next = Math.max(next, current.getLong(1));
        }
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("ALTER SEQUENCE " + table + "_seq RESTART WITH " + next);
        }
    }
}
