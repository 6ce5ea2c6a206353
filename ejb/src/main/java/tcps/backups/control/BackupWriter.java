package tcps.backups.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes every table as JSON lines (one object per row, columns in table order, rows in primary-key order) from one
 * repeatable-read snapshot, so the files agree with each other and the same data always gives the same bytes.
 */
final class BackupWriter {

    private BackupWriter() {}

    static List<BackupManifest.TableFile> writeTables(Connection connection, Path folder)
            throws SQLException, IOException {
        List<BackupManifest.TableFile> files = new ArrayList<>();
        for (String table : TableOrder.restoreOrder(connection)) {
            files.add(writeTable(connection, table, folder.resolve(table + ".jsonl")));
        }
        return files;
    }

    private static BackupManifest.TableFile writeTable(Connection connection, String table, Path file)
            throws SQLException, IOException {
        MessageDigest sha256 = sha256();
        long rows = 0;
        String query = "SELECT * FROM " + table + orderBy(connection, table);
        try (Statement select = connection.createStatement();
                ResultSet result = select.executeQuery(query);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256);
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                StringWriter line = new StringWriter();
                try (JsonGenerator json = Json.createGenerator(line)) {
                    json.writeStartObject();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String column = columns.getColumnName(i).toLowerCase(Locale.ROOT);
                        ColumnCodec.write(json, column, result, i, columns.getColumnType(i));
                    }
                    json.writeEnd();
                }
                writer.write(line.toString());
                writer.write('\n');
                rows++;
            }
        }
        return new BackupManifest.TableFile(
                table, file.getFileName().toString(), rows, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Primary-key order, so the file's bytes depend on the data only. */
    private static String orderBy(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<Short, String> keys = new TreeMap<>();
        try (ResultSet pk = meta.getPrimaryKeys(null, connection.getSchema(), TableOrder.stored(meta, table))) {
            while (pk.next()) {
                keys.put(pk.getShort("KEY_SEQ"), pk.getString("COLUMN_NAME"));
            }
        }
        return keys.isEmpty() ? " ORDER BY 1" : " ORDER BY " + String.join(", ", keys.values());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
