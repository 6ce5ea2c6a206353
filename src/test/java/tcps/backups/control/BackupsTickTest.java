package tcps.backups.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tcps.database.control.MigrationStatus;
import tcps.database.control.SchemaMigrator;
import tcps.storage.entity.Timestamps;

class BackupsTickTest {

    private final AskedMigrator migrator = new AskedMigrator();
    private final Backups backups = new Backups();

    BackupsTickTest() {
        backups.migrator = migrator;
        backups.enabled = true;
    }

    @Test
    void switchedOffBackupsDoNothingOnATick() {
        backups.enabled = false;

        backups.backupWhenDue(new BackupTick(Timestamps.now()));

        assertThat(migrator.asked).hasValue(0);
    }

    @Test
    void aFailingBackupNeverEscapesTheTickAndTheNextTickTriesAgain() {
        BackupTick tick = new BackupTick(Timestamps.now());

        assertThatCode(() -> backups.backupWhenDue(tick)).doesNotThrowAnyException();
        assertThatCode(() -> backups.backupWhenDue(tick)).doesNotThrowAnyException();

        assertThat(migrator.asked).hasValue(2);
    }

    /** A schema migrator whose database is away. */
    static final class AskedMigrator extends SchemaMigrator {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public MigrationStatus status() {
            asked.incrementAndGet();
            throw new IllegalStateException("the database is away");
        }
    }
}
