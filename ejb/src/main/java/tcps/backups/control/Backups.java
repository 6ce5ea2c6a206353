package tcps.backups.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.database.control.SchemaMigrator;
import tcps.problems.control.InvalidStateTransition;
import tcps.storage.entity.Timestamps;
import tcps.timers.control.FailureStreak;

/**
 * Backups of the whole database as portable, checksummed JSON lines in a configured folder, one sub-folder per
 * backup. On every {@link BackupTick} it writes one when the newest is older than the interval, keeps the newest few
 * and verifies what it wrote; restore replaces every table's content in one transaction, after verifying the backup.
 */
@Singleton
// One backup or restore at a time (synchronized); listing and verifying run alongside.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Backups read through their own snapshot connection and restores commit their own transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @EJB
    SchemaMigrator migrator;

    @Inject
    Event<DatabaseRestored> restored;

    @Inject
    @ConfigProperty(name = "tcps.backup.folder", defaultValue = "data/backups")
    String folderSetting;

    @Inject
    @ConfigProperty(name = "tcps.backup.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tcps.backup.interval-hours", defaultValue = "24")
    long intervalHours;

    @Inject
    @ConfigProperty(name = "tcps.backup.keep", defaultValue = "7")
    int keep;

    @Inject
    @ConfigProperty(name = "tcps.backup.restore-enabled", defaultValue = "false")
    boolean restoreEnabled;

    private final FailureStreak scheduledBackups = new FailureStreak(LOG, "The scheduled backup");
    private BackupFolder folder;
    private volatile Verified newestVerification;

    @PostConstruct
    void openFolder() {
        folder = new BackupFolder(Path.of(folderSetting), JsonbBuilder.create(new JsonbConfig().withFormatting(true)));
    }

    /** On every {@link BackupTick}: writes a backup when the newest is older than the interval, or none exists. */
    public void backupWhenDue(@Observes BackupTick tick) {
        scheduledBackups.run(() -> {
            if (enabled && migrator.status().current() && due()) {
                backup();
            }
        });
    }

    private boolean due() {
        return newest().map(
                        m -> Duration.between(m.createdAt(), Timestamps.now()).toHours() >= intervalHours)
                .orElse(true);
    }

    /** Writes a backup now, keeps the newest {@code tcps.backup.keep} and verifies the new one. */
    public synchronized BackupManifest backup() {
        Instant now = Timestamps.now();
        String name = BackupFolder.nameFor(now);
        Path target = folder.of(name);
        try (Connection connection = dataSource.getConnection()) {
            Files.createDirectories(target);
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            BackupManifest manifest;
            try {
                manifest = new BackupManifest(
                        name,
                        BackupManifest.FORMAT,
                        now,
                        migrator.status().version(),
                        BackupWriter.writeTables(connection, target));
            } finally {
                // The pooled connection goes back as it came.
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
            folder.writeManifest(manifest);
            folder.keepNewest(keep);
            BackupVerification verification = newestVerification().orElseThrow();
            LOG.info(() ->
                    "Backup " + target + " written and " + (verification.verified() ? "verified" : "NOT verified"));
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            removeFailed(name);
            throw new IllegalStateException("Backup " + name + " failed: " + e.getMessage(), e);
        }
    }

    // A failed backup leaves nothing behind: a half-written folder would never be pruned (it has no manifest)
    private void removeFailed(String name) {
        try {
            folder.delete(name);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The failed backup " + name + " could not be removed", e);
        }
    }

    /** Backups with a manifest, newest first. */
    public List<BackupManifest> list() {
        return folder.manifests();
    }

    public Optional<BackupManifest> newest() {
        return list().stream().findFirst();
    }

    public BackupManifest manifest(String name) {
        return folder.manifest(name);
    }

    /** Recomputes the backup's row counts and checksums. */
    public BackupVerification verify(String name) {
        return BackupVerifier.verify(folder.of(name), manifest(name));
    }

    /**
     * The newest backup's verification, recomputed only when a newer backup appears or a file of it changes (size or
     * modification time), so a health check does not hash the whole backup every time.
     */
    public Optional<BackupVerification> newestVerification() {
        Optional<BackupManifest> newest = newest();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        String name = newest.get().name();
        String fingerprint = folder.fingerprint(name);
        Verified known = newestVerification;
        if (known == null || !known.fingerprint().equals(fingerprint)) {
            known = new Verified(fingerprint, verify(name));
            newestVerification = known;
        }
        return Optional.of(known.verification());
    }

    private record Verified(String fingerprint, BackupVerification verification) {}

    /** Replaces every table's content with the backup's, in one transaction. */
    public synchronized BackupManifest restore(String name) {
        if (!restoreEnabled) {
            throw new InvalidStateTransition("Restoring is switched off: start the server with"
                    + " -Dtcps.backup.restore-enabled=true to restore a backup.");
        }
        BackupManifest manifest = manifest(name);
        BackupVerification verification = verify(name);
        if (!verification.verified()) {
            throw new InvalidStateTransition(
                    "Backup " + name + " does not verify: " + String.join("; ", verification.problems()));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                BackupRestorer.restore(connection, folder.of(name), manifest);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Restore of " + name + " failed: " + e.getMessage(), e);
        }
        LOG.warning(() -> "Database restored from backup " + name);
        announceRestored(name);
        return manifest;
    }

    // The restore committed: an observer that fails must not report it as failed
    private void announceRestored(String name) {
        try {
            restored.fire(new DatabaseRestored(name));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database restored from backup " + name + ", but announcing it failed", e);
        }
    }

    public boolean enabled() {
        return enabled;
    }
}
