package tcps.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.database.control.SchemaMigrator;
import tcps.security.entity.Role;

/**
 * On the first start (no admin key exists) creates one and writes it to {@code tcps.security.admin-key-file}, readable
 * by its owner only. The log names the file, never the key. A key that cannot be written is not kept: the next start
 * tries again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class FirstAdminKey {

    private static final Logger LOG = Logger.getLogger(FirstAdminKey.class.getName());

    @EJB
    SchemaMigrator migrator;

    @Inject
    ApiKeys keys;

    @Inject
    SecuritySettings settings;

    @Inject
    @ConfigProperty(name = "tcps.security.admin-key-file", defaultValue = "data/admin.key")
    String keyFile;

    @Resource
    SessionContext context;

    @PostConstruct
    void createWhenMissing() {
        if (!settings.enabled() || !migrator.status().current() || keys.anyActive(Role.ADMIN)) {
            return;
        }
        IssuedKey issued = keys.issue("first admin", Role.ADMIN, "first start");
        Path file = Path.of(keyFile).toAbsolutePath();
        try {
            OwnerOnlyFile.write(file, issued.secret() + System.lineSeparator());
            LOG.warning(() -> "No admin key existed: created one and wrote it to " + file
                    + " (readable by its owner only). Use it as 'Authorization: Bearer <key>' or on the page.");
        } catch (IOException | RuntimeException e) {
            context.setRollbackOnly();
            LOG.log(
                    Level.SEVERE,
                    "No admin key exists and none could be written to " + file
                            + ": create the folder or set tcps.security.admin-key-file; the next start tries again",
                    e);
        }
    }
}
