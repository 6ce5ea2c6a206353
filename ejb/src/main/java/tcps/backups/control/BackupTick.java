package tcps.backups.control;

import java.time.Instant;

/** Fired every five minutes by {@link BackupScheduler}: {@link Backups} writes a backup when one is due. */
public record BackupTick(Instant at) {}
