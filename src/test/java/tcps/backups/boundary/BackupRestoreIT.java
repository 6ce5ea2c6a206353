package tcps.backups.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

/** Backup, wipe, restore on PostgreSQL; a tampered backup fails verification and turns persistence unhealthy. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final String AUDIT = "audit_entry";

    private static final Path FOLDER = Path.of(System.getProperty("tcps.it.backup-folder", "target/backups"));

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @AfterEach
    void resumeIntake() {
        new Http(deployment).post("api/kanban/intake/resume?bucket=it-health", "application/json", "");
    }

    @Test
    void backupWipeRestoreGivesIdenticalRowCountsAndChecksums() throws SQLException {
        LineClient line = new LineClient(deployment);
        Http http = line.http();
        line.drain("it-health");
        String sku = LineClient.uniqueSku();
        long id = line.create("backup round trip", "high", "it-health", sku)
                .getJsonNumber("id")
                .longValue();
        line.commandOk(id, "advance");
        // Quotes and a non-ASCII letter in a text column, through the backup's format and back
        Http.Reply andon = http.post(
                "api/andon",
                "application/json",
                "{\"failureType\": \"lint_failure\", \"skuId\": \"" + sku
                        + "\", \"details\": {\"note\": \"a \\\"quoted\\\" détail\"}}");
        assertThat(andon.status()).isEqualTo(201);

        Http.Reply written = http.post("api/backups", "application/json", "");
        assertThat(written.status()).isEqualTo(201);
        JsonObject before = written.json();
        String name = before.getString("name");
        assertThat(http.get("api/backups/" + name + "/verification").json().getBoolean("verified"))
                .isTrue();
        List<String> tables = tableNames(before);
        assertThat(tables).contains("work_order", "stage_visit", "receipt", "andon_event", "kanban_bucket");
        assertThat(tables).doesNotContain("flyway_schema_history");
        assertThat(tables.indexOf("kanban_bucket")).isLessThan(tables.indexOf("work_order"));
        assertThat(rowsOf(before, "receipt")).isPositive();
        assertThat(rowsOf(before, "andon_event")).isPositive();

        // Created after the backup, queued (intake paused: no pull): the sequence moves on, and ids are left reserved
        // ahead. The restore brings back the bucket as it was.
        http.post("api/kanban/intake/pause?bucket=it-health", "application/json", "");
        long lastBeforeRestore = 0;
        for (int i = 0; i < 5; i++) {
            lastBeforeRestore = line.create("not in the backup " + i, "low", "it-health", sku)
                    .getJsonNumber("id")
                    .longValue();
        }
        wipe(tables);
        assertThat(count("work_order")).isZero();
        assertThat(count("receipt")).isZero();

        Http.Reply restored = http.post("api/backups/" + name + "/restore", "application/json", "");
        assertThat(restored.status()).isEqualTo(200);
        long maxRestoredId = maxWorkOrderId();
        JsonObject after = http.post("api/backups", "application/json", "").json();

        assertThat(summary(after)).isEqualTo(summary(before));
        for (String table : tables) {
            if (!table.equals(AUDIT)) {
                assertThat(count(table)).as(table).isEqualTo(rowsOf(before, table));
            }
        }
        assertThat(http.get("api/sku/" + sku + "/receipts/validation").json().getBoolean("valid"))
                .isTrue();
        assertThat(http.get("api/andon/" + andon.json().getJsonNumber("id").longValue())
                        .json()
                        .getJsonObject("details")
                        .getString("note"))
                .isEqualTo("a \"quoted\" détail");
        // Ids continue after every id handed out before the restore, including those created after the backup
        long next = line.create("after restore", "low", "it-health", LineClient.uniqueSku())
                .getJsonNumber("id")
                .longValue();
        assertThat(next).isGreaterThan(lastBeforeRestore).isGreaterThan(maxRestoredId);
    }

    @Test
    void aTamperedBackupDoesNotVerifyAndPersistenceTurnsUnhealthy() throws IOException {
        Http http = new Http(deployment);
        String name = http.post("api/backups", "application/json", "").json().getString("name");
        Path folder = FOLDER.resolve(name);
        try {
            Files.writeString(folder.resolve("andon_event.jsonl"), "{\"id\": -1}\n", StandardOpenOption.APPEND);

            JsonObject verification =
                    http.get("api/backups/" + name + "/verification").json();
            assertThat(verification.getBoolean("verified")).isFalse();
            assertThat(verification.getJsonArray("problems").toString()).contains("andon_event.jsonl");
            JsonObject persistence =
                    http.get("api/health/components/persistence").json();
            assertThat(persistence.getString("status")).isEqualTo("unhealthy");
            assertThat(persistence.getString("reason")).contains("the last backup does not verify");
            assertThat(http.post("api/backups/" + name + "/restore", "application/json", "")
                            .status())
                    .isEqualTo(409);
        } finally {
            deleteFolder(folder);
        }
        assertThat(http.get("api/health/components/persistence").json().getString("status"))
                .isNotEqualTo("unhealthy");
    }

    @Test
    void unknownBackupsAnswer404() {
        Http http = new Http(deployment);
        assertThat(http.get("api/backups/backup-20000101T000000000Z").status()).isEqualTo(404);
        assertThat(http.get("api/backups/..%2F..%2Fetc").status()).isEqualTo(404);
    }

    private static List<String> tableNames(JsonObject manifest) {
        return manifest.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("table"))
                .toList();
    }

    private static long rowsOf(JsonObject manifest, String table) {
        return manifest.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("table").equals(table))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("rows")
                .longValue();
    }

    /** Table, rows and checksum of every file: what must survive the round trip unchanged. */
    /**
     * Each table's rows and checksum, but the audit's: it goes on recording while the test runs, the restore itself
     * included (who ran it is what an audit is for).
     */
    private static List<String> summary(JsonObject manifest) {
        return manifest.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getString("table").equals(AUDIT))
                .map(t -> t.getString("table") + " " + t.getJsonNumber("rows") + " " + t.getString("sha256"))
                .toList();
    }

    private static void wipe(List<String> parentsFirst) throws SQLException {
        List<String> childrenFirst = new ArrayList<>(parentsFirst);
        Collections.reverse(childrenFirst);
        try (Connection db = PostgresDatabase.connect();
                Statement sql = db.createStatement()) {
            for (String table : childrenFirst) {
                sql.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    private static long maxWorkOrderId() throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT MAX(id) FROM work_order")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long count(String table) throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
