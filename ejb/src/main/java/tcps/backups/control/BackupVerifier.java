package tcps.backups.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Recomputes each table file's SHA-256 and line count and compares them with the manifest. */
final class BackupVerifier {

    private BackupVerifier() {}

    static BackupVerification verify(Path folder, BackupManifest manifest) {
        List<String> problems = new ArrayList<>();
        for (BackupManifest.TableFile table : manifest.tables()) {
            Path file = folder.resolve(table.file());
            if (!Files.isRegularFile(file)) {
                problems.add(table.file() + " is missing");
                continue;
            }
            MessageDigest sha256 = BackupWriter.sha256();
            long lines = 0;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                while (reader.readLine() != null) {
                    lines++;
                }
            } catch (IOException e) {
                problems.add(table.file() + " cannot be read: " + e.getMessage());
                continue;
            }
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (!actual.equals(table.sha256())) {
                problems.add(table.file() + " checksum " + actual + " differs from the manifest's " + table.sha256());
            }
            if (lines != table.rows()) {
                problems.add(table.file() + " holds " + lines + " rows, the manifest says " + table.rows());
            }
        }
        return new BackupVerification(manifest.name(), manifest.createdAt(), problems.isEmpty(), List.copyOf(problems));
    }
}
