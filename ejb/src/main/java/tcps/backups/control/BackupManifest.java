package tcps.backups.control;

import java.time.Instant;
import java.util.List;

/**
 * What one backup holds: a JSON-lines file per table (in restore order, parents first), each with its row count and
 * SHA-256. Written last, as {@code manifest.json}: a folder without it is an unfinished backup.
 */
public record BackupManifest(String name, int format, Instant createdAt, String schemaVersion, List<TableFile> tables) {

    public static final int FORMAT = 1;
    public static final String FILE = "manifest.json";

    public record TableFile(String table, String file, long rows, String sha256) {}
}
