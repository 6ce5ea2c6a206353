package tcps.backups.control;

import java.time.Instant;
import java.util.List;

/** A backup's files recomputed against its manifest: verified when every row count and checksum agrees. */
public record BackupVerification(String name, Instant createdAt, boolean verified, List<String> problems) {}
