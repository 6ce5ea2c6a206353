package tcps.backups.control;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tcps.problems.control.UnknownEntity;

/** The configured backup folder: one sub-folder per backup, named by its time, with a manifest beside its tables. */
final class BackupFolder {

    private static final Pattern NAME = Pattern.compile("backup-\\d{8}T\\d{9}Z");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Jsonb jsonb;

    BackupFolder(Path root, Jsonb jsonb) {
        this.root = root.toAbsolutePath();
        this.jsonb = jsonb;
    }

    static String nameFor(Instant createdAt) {
        return "backup-" + STAMP.format(createdAt);
    }

    /** The backup's sub-folder; a name that is not a backup's is unknown, so it never reaches outside the root. */
    Path of(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UnknownEntity("backup", name);
        }
        return root.resolve(name);
    }

    /**
     * Backups with a manifest, newest first. A manifest must name its own folder: pruning deletes by that name, so an
     * edited or copied one could otherwise point it at another backup, or outside the root.
     */
    List<BackupManifest> manifests() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .filter(f -> Files.isRegularFile(f.resolve(BackupManifest.FILE)))
                    .map(f -> Map.entry(f.getFileName().toString(), readManifest(f)))
                    .filter(named -> named.getKey().equals(named.getValue().name()))
                    .map(Map.Entry::getValue)
                    .sorted(Comparator.comparing(BackupManifest::createdAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BackupManifest manifest(String name) {
        Path folder = of(name);
        if (!Files.isRegularFile(folder.resolve(BackupManifest.FILE))) {
            throw new UnknownEntity("backup", name);
        }
        return readManifest(folder);
    }

    void writeManifest(BackupManifest manifest) throws IOException {
        Files.writeString(of(manifest.name()).resolve(BackupManifest.FILE), jsonb.toJson(manifest));
    }

    /** Deletes all but the newest {@code keep} backups (at least one is always kept). */
    void keepNewest(int keep) throws IOException {
        List<BackupManifest> all = manifests();
        for (BackupManifest old : all.subList(Math.min(Math.max(1, keep), all.size()), all.size())) {
            delete(old.name());
        }
    }

    /** Removes a backup's folder and everything in it; nothing when it does not exist. */
    void delete(String name) throws IOException {
        if (!Files.exists(of(name))) {
            return;
        }
        try (Stream<Path> files = Files.walk(of(name))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Each file's name, size and modification time: changes when any file of the backup does. */
    String fingerprint(String name) {
        try (Stream<Path> files = Files.list(of(name))) {
            return name + "@"
                    + files.sorted()
                            .map(file -> {
                                try {
                                    return file.getFileName() + ":" + Files.size(file) + ":"
                                            + Files.getLastModifiedTime(file).toMillis();
                                } catch (IOException e) {
                                    return file.getFileName() + ":unreadable";
                                }
                            })
                            .reduce("", (a, b) -> a + "," + b);
        } catch (IOException e) {
            return name + "@unreadable";
        }
    }

    private BackupManifest readManifest(Path folder) {
        try {
            return jsonb.fromJson(Files.readString(folder.resolve(BackupManifest.FILE)), BackupManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
