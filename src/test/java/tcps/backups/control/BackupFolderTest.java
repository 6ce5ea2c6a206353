package tcps.backups.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcps.problems.control.UnknownEntity;

class BackupFolderTest {

    @TempDir
    Path root;

    @Test
    void onlyBackupNamesResolveAndNeverOutsideTheRoot() {
        BackupFolder folder = new BackupFolder(root, JsonbBuilder.create());
        String name = BackupFolder.nameFor(Instant.parse("2026-11-23T10:15:30.123Z"));

        assertThat(name).isEqualTo("backup-20261123T101530123Z");
        assertThat(folder.of(name)).isEqualTo(root.toAbsolutePath().resolve(name));
        for (String bad : new String[] {"../etc", "backup-1", name + "/..", null}) {
            assertThatThrownBy(() -> folder.of(bad)).isInstanceOf(UnknownEntity.class);
        }
    }

    @Test
    void listsBackupsWithAManifestNewestFirstAndPrunesTheOldest() throws IOException {
        BackupFolder folder = new BackupFolder(root, JsonbBuilder.create());
        Instant first = Instant.parse("2026-11-20T00:00:00Z");
        for (int day = 0; day < 3; day++) {
            write(folder, first.plusSeconds(86_400L * day));
        }
        Files.createDirectories(folder.of(BackupFolder.nameFor(first.plusSeconds(86_400L * 5)))); // no manifest yet

        assertThat(folder.manifests())
                .extracting(BackupManifest::createdAt)
                .containsExactly(first.plusSeconds(2 * 86_400L), first.plusSeconds(86_400L), first);

        folder.keepNewest(2);

        assertThat(folder.manifests())
                .extracting(BackupManifest::createdAt)
                .hasSize(2)
                .doesNotContain(first);
        assertThat(folder.of(BackupFolder.nameFor(first))).doesNotExist();
    }

    @Test
    void aManifestThatNamesAnotherFolderIsNotListedSoPruningNeverFollowsIt() throws IOException {
        BackupFolder folder = new BackupFolder(root, JsonbBuilder.create());
        Instant first = Instant.parse("2026-11-20T00:00:00Z");
        String kept = write(folder, first.plusSeconds(86_400L));
        String copied = BackupFolder.nameFor(first.plusSeconds(2 * 86_400L));
        Files.createDirectories(folder.of(copied));
        Files.copy(
                folder.of(kept).resolve(BackupManifest.FILE), folder.of(copied).resolve(BackupManifest.FILE));
        String older = write(folder, first);

        assertThat(folder.manifests()).extracting(BackupManifest::name).containsExactly(kept, older);

        folder.keepNewest(1);

        assertThat(folder.of(kept)).exists();
        assertThat(folder.of(older)).doesNotExist();
    }

    @Test
    void theFingerprintChangesWhenAFileOfTheBackupDoes() throws IOException {
        BackupFolder folder = new BackupFolder(root, JsonbBuilder.create());
        String name = write(folder, Instant.parse("2026-11-20T00:00:00Z"));
        String before = folder.fingerprint(name);

        Files.writeString(folder.of(name).resolve("work_order.jsonl"), "{\"id\":1}\n{\"id\":2}\n");

        assertThat(folder.fingerprint(name)).isNotEqualTo(before).startsWith(name + "@");
        assertThat(folder.manifest(name).name()).isEqualTo(name);
    }

    private static String write(BackupFolder folder, Instant createdAt) throws IOException {
        String name = BackupFolder.nameFor(createdAt);
        Files.createDirectories(folder.of(name));
        Files.writeString(folder.of(name).resolve("work_order.jsonl"), "{\"id\":1}\n");
        folder.writeManifest(new BackupManifest(
                name,
                BackupManifest.FORMAT,
                createdAt,
                "9",
                List.of(new BackupManifest.TableFile("work_order", "work_order.jsonl", 1, "x"))));
        return name;
    }
}
